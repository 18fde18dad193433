/** A list of posts: title link, date and summary. */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { PostItem } from "../../src/model/pageData.ts";
import { timeElement } from "./sections.ts";
import type { Lang } from "../../src/model/languages.ts";

export function postList(posts: PostItem[], headingLevel: 2 | 3 = 2, lang: Lang = "en"): SafeHtml {
  const heading = (post: PostItem) =>
    headingLevel === 2 ? html`<h2><a href="${post.url}">${post.data.title}</a></h2>` : html`<h3><a href="${post.url}">${post.data.title}</a></h3>`;
  return html`<ul class="card-list">${posts.map(
    (post) => html`<li class="card">
${heading(post)}
<p class="meta">${timeElement(post.date, lang)}</p>
<p>${post.data.summary}</p>
</li>`,
  )}</ul>`;
}

export function newestFirst(posts: PostItem[]): PostItem[] {
  return [...posts].reverse();
}
