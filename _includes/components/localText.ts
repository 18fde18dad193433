/**
 * The texts of a drug or program on a page in `lang`, each marked `lang="en"` when it is still in English
 * there (no translation yet, or numbers the English no longer says: `inEnglish`, src/model/translations.ts).
 * Texts are named by their field path: "summary", "sideEffects.warnings.0".
 */
import { html, raw, type SafeHtml } from "../../src/helpers/html.ts";
import { renderInline } from "../../src/helpers/markdownLibrary.ts";
import type { Lang } from "../../src/model/languages.ts";
import { inLanguage, prose } from "./sections.ts";

export function localText(inEnglish: ReadonlyMap<string, unknown>, lang: Lang) {
  const language = (path: string) => (inEnglish.has(path) ? "en" : undefined);
  const langAttribute = (path: string) => (language(path) ? html` lang="en"` : "");
  return {
    /** A markdown field, as paragraphs. */
    prose: (path: string, value: string): SafeHtml => inLanguage(language(path), prose(value, lang)),
    /** A short plain field inside a sentence or a cell. */
    phrase: (path: string, value: string): SafeHtml => inLanguage(language(path), html`${value}`, false),
    /** A list field's items as `<li>`s: markdown rendered inline ("**Warning.** …"), or, with `markdown: false`, plain text. */
    items: (path: string, values: readonly string[], markdown = true): SafeHtml =>
      html`${values.map((value, index) => html`<li${langAttribute(`${path}.${index}`)}>${markdown ? raw(renderInline(value, lang)) : value}</li>`)}`,
  };
}
