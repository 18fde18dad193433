/** "Newer posts / Older posts" links between the pages of a long list, with "Page 2 of 40". */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";

/** Links for page `number` (1-based) of `total` pages of a list whose first page is `base`. */
export function pagination(base: string, number: number, total: number, label: string, lang: Lang = "en"): SafeHtml {
  if (total <= 1) return html``;
  const t = strings(lang).lists;
  return html`<nav class="pager" aria-label="${label}">
<p class="meta">${t.pageOf(number, total)}</p>
<ul>
${number > 1 ? html`<li class="pager-previous"><a href="${listPageUrl(base, number - 1)}" rel="prev">${t.newer}</a></li>` : ""}
${number < total ? html`<li class="pager-next"><a href="${listPageUrl(base, number + 1)}" rel="next">${t.older}</a></li>` : ""}
</ul>
</nav>`;
}

/** The address of page `number` (1-based) of a list whose first page is `base`, e.g. "/posts/" -> "/posts/page/2/". */
export function listPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}
