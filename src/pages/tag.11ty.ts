/** `/tags/<tag>/`: the posts on one topic. */
import { html } from "../_config/templates/html.ts";
import type { SiteData, TagInfo } from "../_config/templates/types.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { newestFirst, postList } from "../../_includes/components/postList.ts";

export const data = {
  pagination: { data: "collections.tagList", size: 1, alias: "tag", addAllPagesToCollections: true },
  permalink: (data: { tag: TagInfo }) => `/tags/${data.tag.slug}/`,
};

export default function render(data: SiteData & { tag: TagInfo }): string {
  const { tag } = data;
  const count = tag.posts.length;
  const body = html`<h1>Posts about ${tag.name}</h1>
<p class="lead">${count} post${count === 1 ? "" : "s"} on this topic, newest first. <a href="/tags/">All topics</a>.</p>
${postList(newestFirst(tag.posts))}`;
  return renderPage(data, {
    title: `Posts about ${tag.name}`,
    description: `News and research posts about ${tag.name}.`,
    trail: [
      { title: "News", url: "/posts/" },
      { title: "Topics", url: "/tags/" },
      { title: tag.name, url: data.page.url },
    ],
    body,
  });
}
