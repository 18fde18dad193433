/** `/offline/`: shown when a page is not saved for offline reading. The offline issue fills in the saved-page list. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

export const data = { permalink: pageUrl("page", "offline"), title: "Reading offline" };

export default function render(data: SiteData): string {
  const body = html`<h1>Reading offline</h1>
<p class="lead">If you see this page, the page you asked for is not saved on this device and there is no connection right now.</p>
<h2 id="available">Pages you can read offline</h2>
<p id="offline-pages-intro">After one visit with a connection, your browser saves the whole site. These sections are saved:</p>
<ul class="link-list" id="offline-pages">${mainSections
    .filter((section) => section.url !== "/search/")
    .map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}
<li><a href="/">Home</a></li>
</ul>
<h2 id="how">How offline reading works</h2>
<p>The first time you open the site with a connection, your browser quietly saves every page. The footer says "Available offline" when it is done. When you are online again, you always get the newest pages.</p>`;
  return renderPage(data, {
    description: "This page is not saved for offline reading. Here is what you can read without a connection.",
    trail: [{ title: "Reading offline", url: "/offline/" }],
    body,
  });
}
