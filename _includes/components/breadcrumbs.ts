/** Breadcrumbs for inner pages: Home > Section > This page (the last one marked as the current page). */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Breadcrumb } from "../../src/model/pageData.ts";
import { localizedUrl, type Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";

export function breadcrumbs(trail: Breadcrumb[], lang: Lang = "en"): SafeHtml {
  if (trail.length === 0) return html``;
  const t = strings(lang).shell;
  const items = [{ title: t.home, url: localizedUrl("/", lang) }, ...trail];
  return html`<nav class="breadcrumbs" aria-label="${t.breadcrumbNav}">
  <ol>${items.map((item, index) =>
    index === items.length - 1
      ? html`<li><a href="${item.url}" aria-current="page">${item.title}</a></li>`
      : html`<li><a href="${item.url}">${item.title}</a></li>`,
  )}</ol>
</nav>`;
}
