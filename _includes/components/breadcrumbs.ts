/** Breadcrumbs for inner pages: Home > Section > This page (the last one marked as the current page). */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Breadcrumb } from "../../src/model/pageData.ts";

export function breadcrumbs(trail: Breadcrumb[]): SafeHtml {
  if (trail.length === 0) return html``;
  const items = [{ title: "Home", url: "/" }, ...trail];
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>${items.map((item, index) =>
    index === items.length - 1
      ? html`<li><a href="${item.url}" aria-current="page">${item.title}</a></li>`
      : html`<li><a href="${item.url}">${item.title}</a></li>`,
  )}</ol>
</nav>`;
}
