/** `/posts/`: every published post, newest first, 25 to a page (`/posts/page/2/`, …). */
import { html } from "../helpers/html.ts";
import type { PostItem, SiteData } from "../model/pageData.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { postList } from "../../_includes/components/postList.ts";
import { listPageUrl, pagination } from "../../_includes/components/pagination.ts";
import { postsPerPage } from "../model/lists.ts";
import { pageUrl } from "../model/pageKinds.ts";

interface Pagination {
  pageNumber: number;
  pages: unknown[];
}

const base = pageUrl("list", "posts");

export const data = {
  pageKind: "list",
  pagination: { data: "collections.posts", size: postsPerPage, reverse: true, alias: "pagePosts", addAllPagesToCollections: true },
  permalink: (data: { pagination: Pagination }) => listPageUrl(base, data.pagination.pageNumber + 1),
  eleventyComputed: {
    title: ({ pagination }: { pagination: Pagination }) =>
      pagination.pageNumber === 0 ? "News and research" : `News and research, page ${pagination.pageNumber + 1} of ${Math.max(1, pagination.pages.length)}`,
  },
};

export default function render(data: SiteData & { pagePosts: PostItem[]; pagination: Pagination }): string {
  const number = data.pagination.pageNumber + 1;
  const total = Math.max(1, data.pagination.pages.length);
  const body = html`<h1>${data.title}</h1>
<p class="lead">Short articles about ALS research, treatments and programs, newest first. Browse by topic: ${data.collections.tagList.map(
    (tag, index) => html`${index > 0 ? ", " : ""}<a href="${pageUrl("tag", tag.slug)}">${tag.name}</a>`,
  )}.</p>
${postList(data.pagePosts)}
${pagination(base, number, total, "More news")}`;
  return renderPage(data, {
    description: "All news and research posts about ALS, newest first.",
    trail:
      number === 1
        ? [{ title: "News", url: "/posts/" }]
        : [
            { title: "News", url: "/posts/" },
            { title: `Page ${number}`, url: data.page.url },
          ],
    body,
  });
}
