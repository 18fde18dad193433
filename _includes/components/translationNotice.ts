/**
 * On a translated page: a notice when the English original changed after the translation was made (its
 * `translatedFrom` hash no longer matches), saying when, as far as git knows, and linking to the English.
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { readableDate } from "../../src/helpers/dates.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import type { TranslationState } from "../../src/model/translations.ts";

/** `englishChanged` is asked only for an outdated translation (it reads git). */
export function translationNotice(state: TranslationState | undefined, englishUrl: string, englishChanged: () => string | undefined, lang: Lang): SafeHtml {
  if (state !== "outdated") return html``;
  const changed = englishChanged();
  const t = strings(lang).translation;
  return html`<div class="notice notice-warning translation-outdated" role="note">
<p><strong>${t.outdatedTitle}</strong> ${t.outdated(changed ? readableDate(changed, lang) : undefined)} <a href="${englishUrl}" hreflang="en">${t.readEnglish}</a>.</p>
</div>`;
}
