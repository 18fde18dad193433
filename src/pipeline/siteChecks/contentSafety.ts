/**
 * The content-safety check: nothing the Content Security Policy would block or that runs a script from the
 * page itself: no inline scripts (JSON-LD data is fine) or styles, no `on…` event handlers, no `javascript:`
 * addresses, no frames or embeds.
 */
import type { HtmlElement } from "html-validate";
import { attributeText, isScriptUrl, isUrlAttribute } from "./references.ts";

/** Script types that are data, not code (JSON-LD): the only inline scripts allowed. */
const dataScriptTypes = new Set(["application/ld+json", "application/json"]);

/** The content-safety problems of one element, in the order of its attributes. */
export function contentSafetyProblems(element: HtmlElement, tag: string): string[] {
  const problems: string[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.key.toLowerCase();
    const value = typeof attribute.value === "string" ? attribute.value : "";
    if (name.startsWith("on")) {
      problems.push(`<${tag} ${name}>: event handlers run inline scripts, which are not allowed (the Content Security Policy blocks them)`);
    } else if (name === "style") {
      problems.push(`<${tag} style>: inline styles are blocked by the Content Security Policy (expected a class from the site's stylesheet)`);
    }
    if (isUrlAttribute(tag, name) && isScriptUrl(value)) {
      problems.push(`<${tag} ${name}="${value.slice(0, 40)}">: javascript: addresses run scripts and are not allowed`);
    }
  }
  if (tag === "script" && !element.hasAttribute("src") && !dataScriptTypes.has((attributeText(element, "type") ?? "").trim().toLowerCase())) {
    problems.push(`inline <script>: scripts must come from a file of this site (the Content Security Policy blocks inline scripts)`);
  }
  if (tag === "style") {
    problems.push(`<style> element: inline styles are blocked by the Content Security Policy (expected the site's stylesheet)`);
  }
  if (tag === "iframe" || tag === "frame" || tag === "object" || tag === "embed") {
    problems.push(`<${tag}>: embedded content is not allowed (expected a link to it instead)`);
  }
  return problems;
}
