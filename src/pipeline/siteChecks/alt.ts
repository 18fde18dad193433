/** The alt-text check: every image has an `alt` attribute (`alt=""` for a decorative one, on purpose). */
import type { HtmlElement } from "html-validate";
import { attributeText } from "./references.ts";

/** The problem of an image (`<img>`, `<input type="image">`, `<area href>`) without an alt attribute. */
export function altProblem(element: HtmlElement, tag: string): string | undefined {
  const isImage =
    tag === "img" || (tag === "input" && attributeText(element, "type")?.toLowerCase() === "image") || (tag === "area" && element.hasAttribute("href"));
  if (!isImage || element.hasAttribute("alt")) return undefined;
  const src = attributeText(element, tag === "area" ? "href" : "src") ?? "";
  return `<${tag}${src ? ` src="${src}"` : ""}> has no alt attribute (expected alt="what the image shows", or alt="" if it is only decoration)`;
}
