/** `/search/`: search the site. Without JavaScript it offers the sections and the glossary as plain links. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

export const data = { permalink: "/search/" };

export default function render(data: SiteData): string {
  const body = html`<h1>Search</h1>
<div class="search-fallback">
<p>Searching needs JavaScript, which is turned off or not available. You can still find everything from these pages:</p>
<ul class="link-list">${mainSections
    .filter((section) => section.url !== "/search/")
    .map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}</ul>
</div>`;
  return renderPage(data, {
    title: "Search",
    description: "Search every page of ALS Resources, even offline.",
    trail: [{ title: "Search", url: "/search/" }],
    body,
    search: false,
  });
}
