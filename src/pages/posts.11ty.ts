/** `/posts/`: every published post, newest first, 25 to a page (`/posts/page/2/`, …). */
import { html } from "../helpers/html.ts";
import type { PostItem, SiteData } from "../model/pageData.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { postList } from "../../_includes/components/postList.ts";
import { listPageUrl, pagination } from "../../_includes/components/pagination.ts";
import { postsPerPage } from "../model/lists.ts";

interface Pagination {
  pageNumber: number;
  pages: unknown[];
}

export const data = {
  pagination: { data: "collections.posts", size: postsPerPage, reverse: true, alias: "pagePosts", addAllPagesToCollections: true },
  permalink: (data: { pagination: Pagination }) => listPageUrl("/posts/", data.pagination.pageNumber + 1),
};

export default function render(data: SiteData & { pagePosts: PostItem[]; pagination: Pagination }): string {
  const number = data.pagination.pageNumber + 1;
  const total = Math.max(1, data.pagination.pages.length);
  const title = number === 1 ? "News and research" : `News and research, page ${number} of ${total}`;
  const body = html`<h1>${title}</h1>
<p class="lead">Short articles about ALS research, treatments and programs, newest first. Browse by topic: ${data.collections.tagList.map(
    (tag, index) => html`${index > 0 ? ", " : ""}<a href="/tags/${tag.slug}/">${tag.name}</a>`,
  )}.</p>
${postList(data.pagePosts)}
${pagination("/posts/", number, total, "More news")}`;
  return renderPage(data, {
    title,
    description: "All news and research posts about ALS, newest first.",
    trail:
      number === 1
        ? [{ title: "News", url: "/posts/" }]
        : [
            { title: "News", url: "/posts/" },
            { title: `Page ${number}`, url: data.page.url },
          ],
    body,
    // Lists of posts are left out of search: each post is found on its own page.
    search: false,
  });
}
