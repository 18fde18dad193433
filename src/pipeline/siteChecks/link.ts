/**
 * The link check: every internal link, asset and `#fragment` resolves (pages, stylesheets, feeds, the web
 * app manifest), and every internal address starts with the path prefix.
 */
import type { HtmlElement } from "html-validate";
import type { Address, SiteLocation } from "./address.ts";
import { attributeText } from "./references.ts";
import type { Reference, SiteProblem } from "./types.ts";

/** What the link check resolves against: every built file, and the ids on each page. */
export interface SiteIndex extends SiteLocation {
  files: Set<string>;
  ids: Map<string, Set<string>>;
}

/** The ids an element gives its page as `#fragment` targets (`id`, and the old `<a name>`). */
export function elementIds(element: HtmlElement, tag: string): string[] {
  const ids: string[] = [];
  if (element.id) ids.push(element.id);
  if (tag === "a" && element.hasAttribute("name")) ids.push(attributeText(element, "name") ?? "");
  return ids;
}

/** The file a URL path of this site maps to, as a host would serve it, or undefined. */
function fileAt(index: SiteIndex, relative: string): string | undefined {
  const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => index.files.has(candidate));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function checkLink(reference: Reference, address: Address, from: string, index: SiteIndex): SiteProblem | undefined {
  const problem = (message: string): SiteProblem => ({ file: from, line: reference.line, check: "link", message: `${reference.shown} ${message}` });
  if (address.kind === "invalid") return problem("is not a valid address");
  if (address.kind !== "this-site") return undefined;
  const { url } = address;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return problem("is not a valid address (a % not followed by two hex digits)");
  }
  if (!`${pathname}/`.startsWith(index.prefix)) {
    return problem(`is outside the site, which lives under ${index.prefix} (expected an address starting with ${index.prefix})`);
  }
  const target = fileAt(index, pathname.slice(index.prefix.length));
  if (target === undefined) return problem(`points to ${pathname}, which does not exist in the built site`);

  const fragment = url.hash.length > 1 ? safeDecode(url.hash.slice(1)) : "";
  if (fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:") || !target.endsWith(".html")) return undefined;
  if (index.ids.get(target)?.has(fragment)) return undefined;
  const page = target === from ? "this page" : pathname;
  return problem(`points to #${fragment}, but ${page} has no element with id="${fragment}"`);
}
