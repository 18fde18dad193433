/** `/tags/`: every topic, with how many posts each has. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { pageKind: "list", permalink: pageUrl("list", "tags"), title: "Topics" };

export default function render(data: SiteData): string {
  const body = html`<h1>Topics</h1>
<ul class="link-list">${data.collections.tagList.map(
    (tag) => html`<li><a href="${pageUrl("tag", tag.slug)}">${tag.name}</a> (${tag.posts.length} post${tag.posts.length === 1 ? "" : "s"})</li>`,
  )}</ul>`;
  return renderPage(data, {
    description: "Every topic covered by the news and research posts.",
    trail: [
      { title: "News", url: "/posts/" },
      { title: "Topics", url: "/tags/" },
    ],
    body,
  });
}
