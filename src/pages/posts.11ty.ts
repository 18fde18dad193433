/** `/posts/`: every published post, newest first. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { newestFirst, postList } from "../../_includes/components/postList.ts";

export const data = { permalink: "/posts/" };

export default function render(data: SiteData): string {
  const body = html`<h1>News and research</h1>
<p class="lead">Short articles about ALS research, treatments and programs, newest first. Browse by topic: ${data.collections.tagList.map(
    (tag, index) => html`${index > 0 ? ", " : ""}<a href="/tags/${tag.slug}/">${tag.name}</a>`,
  )}.</p>
${postList(newestFirst(data.collections.posts))}`;
  return renderPage(data, {
    title: "News and research",
    description: "All news and research posts about ALS, newest first.",
    trail: [{ title: "News", url: "/posts/" }],
    body,
  });
}
