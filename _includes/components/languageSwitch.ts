/**
 * The language switch, early in the header: one real link per other language, named in that language
 * ("Español", "English") and marked with its `lang`, to the same page in that language, or to the
 * section's index there when this page has no translation yet. A 44 px target (see site.css).
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { languages, type Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";

export interface LanguageVersion {
  lang: Lang;
  url: string;
  /** False when the page has no translation and `url` is the section's index in that language. */
  translated: boolean;
}

export function languageSwitch(versions: readonly LanguageVersion[], current: Lang): SafeHtml {
  const others = versions.filter((version) => version.lang !== current);
  if (others.length === 0) return html``;
  return html`<nav class="language-switch" aria-label="${strings(current).shell.languageNav}">
<ul>${others.map(
    (version) =>
      html`<li><a href="${version.url}" hreflang="${version.lang}" lang="${version.lang}"${version.translated ? "" : html` data-untranslated`}>${languages[version.lang].name}</a></li>`,
  )}</ul>
</nav>`;
}
