/**
 * Checks run on every post body by the content check (and, by `checkContent`, on every text field of the
 * data files, which are rendered as markdown too).
 *
 * Markdown may contain raw HTML, but only harmless elements from an allow-list, with an allow-list of
 * attributes: no scripts, frames, forms or styles, no `on…` event handlers, no `style`, and no
 * `javascript:` (or other non-web) addresses, in raw HTML or in markdown links and images.
 * Each problem names the file and what to do instead; the build stops before anything is published.
 *
 * The markdown is tokenised with markdown-it, like the real renderer, so HTML shown as code
 * (`` `<script>` `` or an indented/fenced block) is text and is allowed.
 */
import { decodeHTMLAttribute } from "entities";
import markdownIt from "markdown-it";
import type { BodyCheck } from "./textFields.ts";
import type { ContentProblem } from "./problems.ts";

const globalAttributes = ["id", "class", "title", "lang", "dir"] as const;

/** Harmless elements a post may use as raw HTML, each with the attributes it may carry (besides the global ones). */
// prettier-ignore
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  // text
  abbr: [], b: [], br: [], cite: [], code: [], dfn: [], em: [], i: [], kbd: [], mark: [], q: ["cite"], s: [],
  samp: [], small: [], span: [], strong: [], sub: [], sup: [], u: [], var: [], wbr: [], time: ["datetime"],
  del: ["cite", "datetime"], ins: ["cite", "datetime"], a: ["href", "hreflang"],
  // blocks
  p: [], div: [], blockquote: ["cite"], pre: [], hr: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ["start", "reversed", "type"], li: ["value"], dl: [], dt: [], dd: [],
  details: ["open"], summary: [], figure: [], figcaption: [],
  // tables
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], colgroup: ["span"], col: ["span"],
  th: ["scope", "colspan", "rowspan", "headers", "abbr"], td: ["colspan", "rowspan", "headers"],
  // images (from this site: images from other sites are caught by the site checks)
  img: ["src", "alt", "width", "height", "loading", "decoding"],
};

/** Attributes whose value is an address. */
const urlAttributes = new Set(["href", "src", "cite"]);

/** Why some elements are refused, in words a maintainer can act on. */
const refusedBecause: Readonly<Record<string, string>> = {
  script: "scripts cannot run in content",
  noscript: "scripts cannot run in content",
  iframe: "embedded pages and players load other websites; link to them instead",
  frame: "embedded pages and players load other websites; link to them instead",
  object: "embedded content loads other websites; link to it instead",
  embed: "embedded content loads other websites; link to it instead",
  style: "the look of the site comes from its stylesheet only",
  link: "the look of the site comes from its stylesheet only",
  form: "forms are not allowed in content",
  input: "forms are not allowed in content",
  button: "forms are not allowed in content",
  select: "forms are not allowed in content",
  textarea: "forms are not allowed in content",
  base: "it would change where every link on the page goes",
  meta: "page settings come from the templates",
  h1: "the title is the page's only main heading; start sections with ## in markdown",
};

/** Raw-text elements: what follows the opening tag up to the closing tag is not HTML. */
const rawTextElements = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes"]);

/** Decodes the HTML character references a browser decodes in an attribute (`&#x6A;`, `&colon;`, …). */
export const decodeEntities: (text: string) => string = decodeHTMLAttribute;

const expectedAddress = "expected an address starting with https://, / or #";

/** Spaces and control characters at either end of an address, which browsers ignore. */
// eslint-disable-next-line no-control-regex -- stripping control characters (U+0000 to U+001F) is the point
const edgeSpacesAndControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/**
 * Why an address must not be used, or undefined when it is fine. Allowed: relative addresses, `#id`,
 * `http:`, `https:`, `mailto:` and `tel:`. Anything else with a scheme (`javascript:`, `data:`,
 * `vbscript:`, `file:`…) is refused, after decoding entities and dropping the characters a browser ignores.
 */
export function unsafeUrlReason(raw: string): string | undefined {
  // Browsers ignore leading/trailing spaces and control characters, and tabs and newlines anywhere.
  const url = decodeEntities(raw)
    .replace(/[\t\n\r]/g, "")
    .replace(edgeSpacesAndControls, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // No scheme: fine, unless something before the first "/", "?" or "#" still hides a colon.
    const head = url.split(/[/?#]/, 1)[0] ?? "";
    return head.includes(":") ? `"${shorten(raw)}" is not a clear address (${expectedAddress})` : undefined;
  }
  if (["http", "https", "mailto", "tel"].includes(scheme)) return undefined;
  if (scheme === "javascript" || scheme === "vbscript") return `${scheme}: addresses run scripts (${expectedAddress})`;
  return `${scheme}: addresses are not allowed (${expectedAddress})`;
}

function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

// A complete tag, as a browser reads it. Anything that starts like a tag but does not match is refused:
// the browser would read it some other way, and the check must not guess.
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

interface Tag {
  closing: boolean;
  name: string;
  attributes: Array<{ name: string; value: string }>;
  text: string;
}

type Piece = { kind: "tag"; tag: Tag; end: number } | { kind: "comment"; end: number } | { kind: "bad"; text: string; end: number };

/** Reads the markup that starts at `html[start]` (a "<"). */
function readMarkup(html: string, start: number): Piece | undefined {
  const next = html[start + 1] ?? "";
  if (html.startsWith("<!--", start)) {
    const close = html.indexOf("-->", start + 4);
    return close === -1 ? { kind: "bad", text: html.slice(start), end: html.length } : { kind: "comment", end: close + 3 };
  }
  if (!/[a-zA-Z/!?]/.test(next)) return undefined; // "a < b" is text
  tagPattern.lastIndex = start;
  const match = tagPattern.exec(html);
  if (!match) {
    const end = html.indexOf(">", start);
    return { kind: "bad", text: html.slice(start, end === -1 ? undefined : end + 1), end: end === -1 ? html.length : end + 1 };
  }
  const attributes = [...(match[3] ?? "").matchAll(attributePattern)].map((found) => ({
    name: found[1]!.toLowerCase(),
    value: (found[2] ?? "").replace(/^(["'])([\s\S]*)\1$/, "$2"),
  }));
  return { kind: "tag", tag: { closing: match[1] === "/", name: match[2]!.toLowerCase(), attributes, text: match[0] }, end: start + match[0].length };
}

/** Every tag in a piece of raw HTML, or a description of what could not be read. */
function* readHtml(html: string): Generator<Piece> {
  let index = html.indexOf("<");
  while (index !== -1) {
    const piece = readMarkup(html, index);
    if (!piece) {
      index = html.indexOf("<", index + 1);
      continue;
    }
    yield piece;
    let resume = piece.end;
    if (piece.kind === "tag" && !piece.tag.closing && rawTextElements.has(piece.tag.name)) {
      // Skip the raw text (a script's code is not markup); resume at its closing tag.
      const close = html.toLowerCase().indexOf(`</${piece.tag.name}`, resume);
      resume = close === -1 ? html.length : close;
    }
    index = html.indexOf("<", resume);
  }
}

function tagProblems(tag: Tag, reported: Set<string>): string[] {
  const allowed = allowedElements[tag.name];
  if (allowed === undefined) {
    if (tag.closing && reported.has(tag.name)) return [];
    reported.add(tag.name);
    const why = refusedBecause[tag.name] ?? "it is not one of the harmless elements content may use";
    return [
      `<${tag.name}> is not allowed: ${why} (expected only harmless elements such as <b>, <em>, <abbr>, <sup>, <table> or <img>, listed in CONTRIBUTING.md; found "${shorten(tag.text)}")`,
    ];
  }
  const messages: string[] = [];
  for (const attribute of tag.attributes) {
    const { name, value } = attribute;
    if (name.startsWith("on")) {
      messages.push(
        `<${tag.name} ${name}> is not allowed: event handlers (on… attributes) run scripts (expected no on… attributes; found "${shorten(tag.text)}")`,
      );
    } else if (name === "style") {
      messages.push(
        `<${tag.name} style> is not allowed: the site's security policy blocks inline styles (expected no style attribute; found "${shorten(tag.text)}")`,
      );
    } else if (!(globalAttributes as readonly string[]).includes(name) && !allowed.includes(name)) {
      const expected = [...globalAttributes, ...allowed].join(", ");
      messages.push(`<${tag.name} ${name}> is not allowed (expected only these attributes on <${tag.name}>: ${expected}; found "${shorten(tag.text)}")`);
    } else if (urlAttributes.has(name)) {
      const reason = unsafeUrlReason(value);
      if (reason) messages.push(`<${tag.name} ${name}="${shorten(value, 40)}"> is not allowed: ${reason}`);
    }
  }
  return messages;
}

/** Problems in one piece of raw HTML (an HTML block or an inline tag from markdown). */
export function rawHtmlProblems(html: string, reported = new Set<string>()): string[] {
  const messages: string[] = [];
  for (const piece of readHtml(html)) {
    if (piece.kind === "bad") {
      messages.push(
        `"${shorten(piece.text)}" is not allowed: it is not a complete, plain HTML tag (expected <name attribute="value">, or write &lt; for a "<" that is not a tag)`,
      );
    } else if (piece.kind === "tag") {
      messages.push(...tagProblems(piece.tag, reported));
    }
  }
  return messages;
}

// A tokenizer that turns every address into a link token, even those the real renderer refuses to link
// (it shows `[x](javascript:…)` as plain text), so the maintainer hears about them.
const tokenizer = markdownIt({ html: true, linkify: false });
tokenizer.validateLink = () => true;

type Token = ReturnType<typeof tokenizer.parse>[number];

/** Every problem in a piece of markdown, as messages. */
export function markdownProblems(markdown: string): string[] {
  // Fast path: with no "<" (raw HTML, autolinks) and no link destination ("](", "]:"), nothing can be unsafe.
  if (!/<|\]\(|\]:/.test(markdown)) return [];
  const messages: string[] = [];
  const reported = new Set<string>();
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === "html_block" || token.type === "html_inline") {
        messages.push(...rawHtmlProblems(token.content, reported));
      } else if (token.type === "link_open" || token.type === "image") {
        const url = String(token.attrGet(token.type === "image" ? "src" : "href") ?? "");
        const reason = unsafeUrlReason(url);
        if (reason) messages.push(`${token.type === "image" ? "image" : "link"} "${shorten(url, 40)}" is not allowed: ${reason}`);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(tokenizer.parse(markdown, {}));
  return messages;
}

/** The safe-HTML check on a post's body. */
export const safeHtmlCheck: BodyCheck = (file, body) => markdownProblems(body).map((message): ContentProblem => ({ file, field: "body", message }));

export const contentBodyChecks: BodyCheck[] = [safeHtmlCheck];
