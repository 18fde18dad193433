/**
 * Glossary links: on the pages whose kind links glossary terms (posts, drugs and programs), the first use of each glossary entry in the main
 * content becomes a link to its definition on `/glossary/#<id>`; abbreviations are also marked up as
 * `<abbr title="Full term">`.
 *
 * Rules (see tests/unit/_config/plugins/glossaryLinks.test.ts):
 * - one link per entry and page: the first of its names to appear (term, abbreviation or another name in
 *   `also`); if the term came first, the abbreviation's first use still gets `<abbr title>`, without a link;
 * - only text inside `<main>`, and never inside headings, links, `<abbr>`, `<dfn>`, `<code>`, `<pre>`,
 *   `<cite>`, `<time>`, `<nav>`, a post's `<header>` (its title, date, "Adapted from" citation and summary:
 *   the first use is linked in the post itself), form controls, `<script>` or `<style>`;
 * - terms match whole words, whatever their case ("Placebo", "placebo"), with an optional plural "s";
 *   abbreviations match only in their own case ("NfL", not "NFL"); longer names win ("SOD1-ALS" before
 *   "SOD1" and "ALS").
 *
 * It is one Eleventy transform over the written HTML, so "first use" counts across the whole page, however
 * many markdown fields it was rendered from. It does not build a DOM: one precompiled regular expression
 * finds tags and text, and one more (built once per build from the glossary) finds names in text.
 */
import { decodeHTML } from "entities";
import { readDataFile } from "../../model/checks/dataFiles.ts";
import { dataFolder } from "../../model/paths.ts";
import { glossaryLinksAt } from "../../model/pageKinds.ts";
import { pathPrefix } from "../../model/siteUrls.ts";
import { escapeHtml } from "../../helpers/html.ts";
import type { GlossaryEntry } from "../../model/schemas/glossary.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";
import { languageOfUrl, translatedLanguages, type Lang } from "../../model/languages.ts";
import { localGlossary } from "../../model/localContent.ts";

interface GlossaryName {
  entry: GlossaryEntry;
  /** "abbreviation" names match case-sensitively and are wrapped in `<abbr>`. */
  kind: "term" | "abbreviation";
  text: string;
}

export interface GlossaryMatcher {
  pattern: RegExp;
  /** Lower-cased name -> the names it may be (one name, except in the unlikely case of a clash). */
  names: Map<string, GlossaryName[]>;
  /** Where links point, e.g. "/glossary/" (the entry's `#id` is added). */
  glossaryUrl: string;
}

/** Elements whose text is never linked. Void elements cannot hold text, so they need no entry. */
const skippedElements = new Set([
  "a",
  "abbr",
  "dfn",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "kbd",
  "samp",
  "cite",
  "time",
  "nav",
  "header",
  "button",
  "label",
  "select",
  "option",
  "textarea",
  "summary",
  "script",
  "style",
  "template",
  "svg",
  "math",
]);

/** Tags, comments and text, in order. Attribute values may contain ">" when quoted. */
const htmlTokens = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;
const tagName = /^<(\/?)([a-zA-Z][^\s/>]*)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const spaces = "(?:\\s|&nbsp;|&#160;)+";
const apostrophe = "(?:'|’|&#39;|&#x27;|&apos;|&rsquo;)";

/** A name as a pattern over HTML text: flexible spaces, dashes and apostrophes; `&` as written in HTML. */
function namePattern(name: string): string {
  return name
    .trim()
    .split(/(\s*[-‐‑–—]\s*|\s+|['’]|&)/)
    .map((part) => {
      if (part === "") return "";
      if (/^\s*[-‐‑–—]\s*$/.test(part)) return "\\s*[-‐‑–—]\\s*";
      if (/^\s+$/.test(part)) return spaces;
      if (part === "'" || part === "’") return apostrophe;
      if (part === "&") return "&amp;";
      return escapeRegExp(part);
    })
    .join("");
}

/**
 * A name or a match in one spelling: character references decoded, plain apostrophes, "-" for any dash,
 * single spaces (case kept).
 */
function normalise(text: string): string {
  return decodeHTML(text)
    .replace(/’/g, "'")
    .replace(/\s*[-‐‑–—]\s*/g, "-")
    .replace(/\s+/g, " ");
}

/** Compiles the glossary into one regular expression (longest names first) and a lookup table. */
export function compileGlossary(entries: readonly GlossaryEntry[], glossaryUrl = `${pathPrefix()}glossary/`): GlossaryMatcher {
  const all: GlossaryName[] = [];
  for (const entry of entries) {
    all.push({ entry, kind: "term", text: entry.term });
    for (const other of entry.also ?? []) all.push({ entry, kind: "term", text: other });
    if (entry.abbreviation) all.push({ entry, kind: "abbreviation", text: entry.abbreviation });
  }
  const names = new Map<string, GlossaryName[]>();
  for (const name of all) {
    const key = normalise(name.text).toLowerCase();
    names.set(key, [...(names.get(key) ?? []), name]);
  }
  const alternatives = [...new Set([...all].sort((a, b) => b.text.length - a.text.length).map((name) => namePattern(name.text)))];
  // Whole words only: no letter, digit or joining hyphen just before; no letter or digit just after,
  // apart from a plural "s" (kept inside the match so the whole word is linked).
  const body = alternatives.length > 0 ? alternatives.join("|") : "(?!)";
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})s?(?![\\p{L}\\p{N}_])`, "giu");
  return { pattern, names, glossaryUrl };
}

/** Which name a match is: any case for terms, exact case for abbreviations; a plural "s" is allowed. */
function identify(matcher: GlossaryMatcher, matched: string): GlossaryName | undefined {
  const lookUp = (text: string) => {
    const spelled = normalise(text);
    return (matcher.names.get(spelled.toLowerCase()) ?? []).find((name) => name.kind === "term" || normalise(name.text) === spelled);
  };
  return lookUp(matched) ?? (/s$/i.test(matched) ? lookUp(matched.slice(0, -1)) : undefined);
}

/** What a page has linked so far: entry ids. */
export interface PageState {
  linked: Set<string>;
  abbreviated: Set<string>;
}

function linkText(matcher: GlossaryMatcher, text: string, state: PageState): string {
  matcher.pattern.lastIndex = 0;
  return text.replace(matcher.pattern, (matched) => {
    const name = identify(matcher, matched);
    if (!name) return matched;
    const { entry } = name;
    const isAbbreviation = name.kind === "abbreviation";
    const needsLink = !state.linked.has(entry.id);
    const needsAbbr = isAbbreviation && !state.abbreviated.has(entry.id);
    if (!needsLink && !needsAbbr) return matched;
    if (isAbbreviation) state.abbreviated.add(entry.id);
    state.linked.add(entry.id);
    const inner = isAbbreviation ? `<abbr title="${escapeHtml(entry.term)}">${matched}</abbr>` : matched;
    return needsLink ? `<a class="glossary-link" href="${escapeHtml(`${matcher.glossaryUrl}#${entry.id}`)}">${inner}</a>` : inner;
  });
}

/**
 * Links the first use of each glossary entry in `html`, which must be well-formed (every element that is
 * skipped is closed). Used on the part of a page inside `<main>`; exported for the unit tests.
 */
export function linkGlossaryTerms(html: string, matcher: GlossaryMatcher, state: PageState = { linked: new Set(), abbreviated: new Set() }): string {
  let skipDepth = 0;
  const open = new Map<string, number>();
  let out = "";
  for (const match of html.matchAll(htmlTokens)) {
    const token = match[0];
    if (token.startsWith("<") && token.length > 1) {
      const tag = tagName.exec(token);
      if (tag) {
        const name = tag[2]!.toLowerCase();
        if (skippedElements.has(name)) {
          const count = open.get(name) ?? 0;
          if (tag[1] === "/") {
            if (count > 0) {
              open.set(name, count - 1);
              skipDepth--;
            }
          } else if (!token.endsWith("/>")) {
            open.set(name, count + 1);
            skipDepth++;
          }
        }
      }
      out += token;
    } else {
      out += skipDepth > 0 ? token : linkText(matcher, token, state);
    }
  }
  return out;
}

/** The pages that get glossary links: those whose page kind says so (`src/model/pageKinds.ts`). */
export function isGlossaryLinkedPage(url: string | false | undefined): boolean {
  return typeof url === "string" && glossaryLinksAt(url);
}

/** Applies the links to the `<main>` element of a whole page; everything else is left as it is. */
export function linkGlossaryInPage(pageHtml: string, matcher: GlossaryMatcher): string {
  const start = pageHtml.search(/<main[\s>]/);
  if (start === -1) return pageHtml;
  const end = pageHtml.indexOf("</main>", start);
  if (end === -1) return pageHtml;
  const openEnd = pageHtml.indexOf(">", start) + 1;
  return pageHtml.slice(0, openEnd) + linkGlossaryTerms(pageHtml.slice(openEnd, end), matcher) + pageHtml.slice(end);
}

/**
 * Eleventy plugin: reads `_data/glossary.ts` (and its translations, `_data/es/glossary.ts`) at the start of
 * each build and adds the transform; a Spanish page links Spanish terms to `/es/glossary/`.
 */
export function glossaryLinksPlugin(eleventyConfig: EleventyConfig): void {
  const matchers = new Map<Lang, GlossaryMatcher>();
  eleventyConfig.on("eleventy.before", async () => {
    matchers.clear();
    const loaded = await readDataFile(`${dataFolder}/glossary.ts`);
    // Invalid glossary data is reported by the content check; without it, pages are left unlinked.
    if (Array.isArray(loaded) || loaded.kind !== "glossary") return;
    matchers.set("en", compileGlossary(loaded.value));
    for (const lang of translatedLanguages) {
      const translation = await readDataFile(`${dataFolder}/${lang}/glossary.ts`);
      const es = !Array.isArray(translation) && translation.kind === "glossary-translation" ? { glossary: translation.value } : {};
      matchers.set(lang, compileGlossary(localGlossary({ es, glossary: loaded.value }, lang), `${pathPrefix()}${lang}/glossary/`));
    }
  });
  eleventyConfig.addTransform("glossary-links", function (content) {
    const url = this.page?.url;
    const outputPath = this.page?.outputPath;
    const matcher = typeof url === "string" ? matchers.get(languageOfUrl(url)) : undefined;
    if (!matcher || !isGlossaryLinkedPage(url) || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    return linkGlossaryInPage(content, matcher);
  });
}
