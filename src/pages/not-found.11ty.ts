/** `404.html`: the page hosts show for an unknown address. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true, title: "Page not found" };

export default function render(data: SiteData): string {
  const body = html`<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the address may have a typing mistake.</p>
<p>Try one of these:</p>
<ul class="link-list">
<li><a href="/">Home</a></li>
${mainSections.map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}
</ul>`;
  return renderPage(data, {
    description: "There is no page at this address.",
    trail: [],
    body,
    noCanonical: true,
  });
}
