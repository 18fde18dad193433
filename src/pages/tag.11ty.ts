/** `/tags/<tag>/` (and `/tags/<tag>/page/N/`): the posts on one topic, newest first. */
import { html } from "../helpers/html.ts";
import type { SiteData, TagPage } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { postList } from "../../_includes/components/postList.ts";
import { listPageUrl, pagination } from "../../_includes/components/pagination.ts";

export const data = {
  pagination: { data: "collections.tagPages", size: 1, alias: "tagPage", addAllPagesToCollections: true },
  pageKind: "tag",
  permalink: (data: { tagPage: TagPage }) => listPageUrl(pageUrl("tag", data.tagPage.tag.slug), data.tagPage.number),
  eleventyComputed: {
    title: ({ tagPage: { tag, number, total } }: { tagPage: TagPage }) =>
      number === 1 ? `Posts about ${tag.name}` : `Posts about ${tag.name}, page ${number} of ${total}`,
  },
};

export default function render(data: SiteData & { tagPage: TagPage }): string {
  const { tag, number, total, posts } = data.tagPage;
  const base = pageUrl("tag", tag.slug);
  const count = tag.posts.length;
  const body = html`<h1>${data.title}</h1>
<p class="lead">${count} post${count === 1 ? "" : "s"} on this topic, newest first. <a href="/tags/">All topics</a>.</p>
${postList(posts)}
${pagination(base, number, total, `More posts about ${tag.name}`)}`;
  return renderPage(data, {
    description: `News and research posts about ${tag.name}.`,
    trail: [
      { title: "News", url: "/posts/" },
      { title: "Topics", url: "/tags/" },
      { title: tag.name, url: base },
      ...(number > 1 ? [{ title: `Page ${number}`, url: data.page.url }] : []),
    ],
    body,
  });
}
