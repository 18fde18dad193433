/** Layout for markdown posts: title, date, tags, summary, the post, then previous and next posts. */
import { html, raw } from "../../src/_config/templates/html.ts";
import type { PostItem, SiteData } from "../../src/_config/templates/types.ts";
import type { PostFrontMatter } from "../../src/_config/schemas/post.ts";
import { slugify } from "../../src/_config/filters/slugify.ts";
import { renderPage } from "./base.ts";
import { timeElement } from "../components/sections.ts";

type PostPageData = SiteData & PostFrontMatter & { content: string };

/** Position of each post by URL, computed once per collection (a search per page would be quadratic). */
const positions = new WeakMap<PostItem[], Map<string, number>>();

function neighbours(posts: PostItem[], url: string): { previous?: PostItem; next?: PostItem } {
  let byUrl = positions.get(posts);
  if (!byUrl) {
    byUrl = new Map(posts.map((post, index) => [post.url, index]));
    positions.set(posts, byUrl);
  }
  const index = byUrl.get(url);
  if (index === undefined) return {};
  return { previous: posts[index - 1], next: posts[index + 1] };
}

export default function render(data: PostPageData): string {
  const { previous, next } = neighbours(data.collections.posts, data.page.url);
  const tags = data.tags ?? [];
  const body = html`<article class="post">
<header class="post-header">
<h1>${data.title}</h1>
<p class="meta">Published ${timeElement(data.page.date)}${data.draft ? html` <strong class="draft-flag">(draft: not published)</strong>` : ""}</p>
${tags.length > 0 ? html`<p class="meta">Topics: <span class="tag-list">${tags.map((tag, index) => html`${index > 0 ? ", " : ""}<a href="/tags/${slugify(tag)}/">${tag}</a>`)}</span></p>` : ""}
<p class="lead">${data.summary}</p>
</header>
<div class="prose">
${raw(data.content)}
</div>
</article>
${previous || next
    ? html`<nav class="pager" aria-label="More posts">
<ul>
${previous ? html`<li class="pager-previous"><a href="${previous.url}" rel="prev"><span class="pager-label">Previous post</span> ${previous.data.title}</a></li>` : ""}
${next ? html`<li class="pager-next"><a href="${next.url}" rel="next"><span class="pager-label">Next post</span> ${next.data.title}</a></li>` : ""}
</ul>
</nav>`
    : ""}`;
  return renderPage(data, {
    title: data.title,
    description: data.summary,
    trail: [
      { title: "News", url: "/posts/" },
      { title: data.title, url: data.page.url },
    ],
    body,
    ogType: "article",
    search: { type: "post" },
  });
}
