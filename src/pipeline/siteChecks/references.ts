/**
 * The addresses a page, a stylesheet or the web app manifest refers to, each with whether the browser loads
 * it with the page. The link check resolves them against the built files, the third-party check against
 * the site's own origin.
 */
import type { HtmlElement } from "html-validate";
import { decodeHTMLAttribute as decodeEntities } from "entities";
import type { Reference } from "./types.ts";

/** `<link rel>` values that point somewhere without loading it. */
const navigationRels = new Set([
  "alternate",
  "author",
  "bookmark",
  "canonical",
  "external",
  "help",
  "license",
  "me",
  "next",
  "nofollow",
  "noopener",
  "noreferrer",
  "prev",
  "search",
  "tag",
]);

/** Attributes that hold one address, per element; `true` means the browser loads it with the page. */
const urlAttributes: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  a: { href: false },
  area: { href: false },
  audio: { src: true },
  blockquote: { cite: false },
  del: { cite: false },
  embed: { src: true },
  form: { action: false },
  frame: { src: true },
  iframe: { src: true },
  image: { href: true, "xlink:href": true },
  img: { src: true },
  input: { src: true, formaction: false },
  button: { formaction: false },
  ins: { cite: false },
  object: { data: true },
  q: { cite: false },
  script: { src: true },
  source: { src: true },
  track: { src: true },
  use: { href: true, "xlink:href": true },
  video: { src: true, poster: true },
};

/** True for an attribute that holds one address (`<a href>`, `<img src>`, `<link href>`, …). */
export function isUrlAttribute(tag: string, name: string): boolean {
  return urlAttributes[tag]?.[name] !== undefined || (tag === "link" && name === "href");
}

/** A `javascript:` (or `vbscript:`) address, however it is disguised with entities and control characters. */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- stripping control characters (U+0000 to U+001F) is the point
  return /^(javascript|vbscript):/i.test(decodeEntities(url).replace(/[\u0000-\u0020]/g, ""));
}

/** `url(…)` and `@import "…"` in CSS, with their line numbers (comments are skipped). */
export function cssReferences(css: string, firstLine = 1): Array<{ url: string; line: number }> {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const found: Array<{ url: string; line: number }> = [];
  const pattern = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const match of code.matchAll(pattern)) {
    const url = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
    if (url === "" || url.startsWith("#") || url.startsWith("data:")) continue;
    found.push({ url, line: firstLine + (code.slice(0, match.index).match(/\n/g)?.length ?? 0) });
  }
  return found;
}

/** The references in a stylesheet file: every `url()` and `@import` loads with the page. */
export function stylesheetReferences(css: string): Reference[] {
  return cssReferences(css).map((found) => ({ ...found, shown: `url("${found.url}")`, load: true }));
}

export function attributeText(element: HtmlElement, name: string): string | undefined {
  const value = element.getAttribute(name)?.value;
  return typeof value === "string" ? value : value === null || value === undefined ? undefined : String(value);
}

/** The addresses in one element's attributes (and in a `<style>` element's text). */
export function elementReferences(element: HtmlElement, tag: string): Reference[] {
  const references: Reference[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.key.toLowerCase();
    const value = typeof attribute.value === "string" ? attribute.value : "";
    const line = attribute.valueLocation?.line ?? element.location.line;
    if (name === "style") {
      for (const css of cssReferences(value, line)) references.push({ ...css, shown: `url("${css.url}") in <${tag} style>`, load: true });
    }
    // A javascript: address is no reference to check: the content-safety check reports it.
    if (isUrlAttribute(tag, name) && isScriptUrl(value)) continue;
    const urlKind = urlAttributes[tag]?.[name];
    if (urlKind !== undefined) {
      if (tag === "input" && name === "src" && attributeText(element, "type")?.toLowerCase() !== "image") continue;
      references.push({ url: value, line, shown: `<${tag} ${name}="${value}">`, load: urlKind });
    } else if (tag === "link" && name === "href") {
      const rels = (attributeText(element, "rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      references.push({
        url: value,
        line,
        shown: `<link rel="${rels.join(" ")}" href="${value}">`,
        load: rels.length === 0 || rels.some((rel) => !navigationRels.has(rel)),
      });
    } else if (name === "srcset" || name === "imagesrcset") {
      for (const candidate of value.split(/,\s+/)) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ url, line, shown: `<${tag} ${name}="…${url}…">`, load: true });
      }
    } else if (name === "ping" && (tag === "a" || tag === "area")) {
      for (const url of value.split(/\s+/).filter(Boolean)) references.push({ url, line, shown: `<${tag} ping="${url}">`, load: true });
    }
  }
  if (tag === "style") {
    for (const css of cssReferences(element.textContent, element.location.line)) references.push({ ...css, shown: `url("${css.url}") in <style>`, load: true });
  }
  return references;
}

/** References in the web app manifest: start_url, scope, icons, screenshots, shortcuts. */
export function manifestReferences(json: string): Reference[] {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return [];
  }
  const references: Reference[] = [];
  const add = (url: unknown, where: string, load: boolean) => {
    if (typeof url === "string") references.push({ url, line: 1, shown: `${where} "${url}"`, load });
  };
  const images = (list: unknown, where: string) => {
    if (Array.isArray(list)) for (const item of list) add((item as { src?: unknown })?.src, where, true);
  };
  add(manifest.start_url, "start_url", false);
  add(manifest.scope, "scope", false);
  images(manifest.icons, "icons[].src");
  images(manifest.screenshots, "screenshots[].src");
  if (Array.isArray(manifest.shortcuts)) {
    for (const shortcut of manifest.shortcuts as Array<{ url?: unknown; icons?: unknown }>) {
      add(shortcut?.url, "shortcuts[].url", false);
      images(shortcut?.icons, "shortcuts[].icons[].src");
    }
  }
  return references;
}
