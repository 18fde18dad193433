/** "Newer posts / Older posts" links between the pages of a long list, with "Page 2 of 40". */
import { html, type SafeHtml } from "../../src/_config/templates/html.ts";

export interface ListPage {
  /** 1-based. */
  number: number;
  total: number;
  newerUrl?: string;
  olderUrl?: string;
}

export function pagination(page: ListPage, label: string): SafeHtml {
  if (page.total <= 1) return html``;
  return html`<nav class="pager" aria-label="${label}">
<p class="meta">Page ${page.number} of ${page.total}</p>
<ul>
${page.newerUrl ? html`<li class="pager-previous"><a href="${page.newerUrl}" rel="prev">Newer posts</a></li>` : ""}
${page.olderUrl ? html`<li class="pager-next"><a href="${page.olderUrl}" rel="next">Older posts</a></li>` : ""}
</ul>
</nav>`;
}

/** The address of page `number` (1-based) of a list whose first page is `base`, e.g. "/posts/" -> "/posts/page/2/". */
export function listPageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

export { postsPerPage } from "../../src/_config/plugins/collections.ts";
