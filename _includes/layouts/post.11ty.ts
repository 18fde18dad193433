/**
 * Layout for markdown posts: title, date, the article it is adapted from (if any), tags, summary, the post
 * (each section ending in its sources), the full citations, "What changed", then previous and next posts.
 */
import { html, raw } from "../../src/helpers/html.ts";
import type { PostItem, SiteData } from "../../src/model/pageData.ts";
import type { PostFrontMatter } from "../../src/model/schemas/post.ts";
import { slugify } from "../../src/helpers/slugify.ts";
import { isoDate } from "../../src/helpers/dates.ts";
import { citedInPost } from "../../src/model/postSections.ts";
import { absoluteUrl } from "../../src/model/siteUrls.ts";
import { pageUrl } from "../../src/model/pageKinds.ts";
import { renderPage } from "./base.ts";
import { changeLog, timeElement } from "../components/sections.ts";
import { citation, sourceCitations, sourceList } from "../components/citations.ts";

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
  const registry = data.sources;
  const original = data.basedOn ? registry[data.basedOn] : undefined;
  const cited = citedInPost(data.page.rawInput ?? "");
  const body = html`<article class="post">
<header class="post-header">
<h1>${data.title}</h1>
<p class="meta">Published on this site ${timeElement(data.page.date)}${data.draft ? html` <strong class="draft-flag">(draft: not published)</strong>` : ""}</p>
${original ? html`<p class="meta adapted-from">Adapted from: ${citation(original)}</p>` : ""}
${tags.length > 0 ? html`<p class="meta">Topics: <span class="tag-list">${tags.map((tag, index) => html`${index > 0 ? ", " : ""}<a href="${pageUrl("tag", slugify(tag))}">${tag}</a>`)}</span></p>` : ""}
<p class="lead">${data.summary}</p>
</header>
<div class="prose">
${raw(data.content)}
</div>
${cited.length > 0 ? html`<section class="content-section" aria-labelledby="sources"><h2 id="sources">Sources</h2>${sourceList(cited, registry)}</section>` : ""}
${changeLog(data.changes)}
</article>
${
  previous || next
    ? html`<nav class="pager" aria-label="More posts">
<ul>
${previous ? html`<li class="pager-previous"><a href="${previous.url}" rel="prev"><span class="pager-label">Previous post</span> ${previous.data.title}</a></li>` : ""}
${next ? html`<li class="pager-next"><a href="${next.url}" rel="next"><span class="pager-label">Next post</span> ${next.data.title}</a></li>` : ""}
</ul>
</nav>`
    : ""
}`;
  return renderPage(data, {
    description: data.summary,
    trail: [
      { title: "News", url: pageUrl("list", "posts") },
      { title: data.title, url: data.page.url },
    ],
    body,
    ogType: "article",
    structuredData: {
      "@context": "https://schema.org",
      "@type": "BlogPosting",
      headline: data.title,
      description: data.summary,
      url: absoluteUrl(data.site.url, data.page.url),
      datePublished: isoDate(data.page.date),
      inLanguage: data.site.language,
      publisher: { "@type": "Organization", name: data.site.title },
      ...(original ? { isBasedOn: sourceCitations([original.id], registry)[0] } : {}),
      citation: sourceCitations(cited, registry),
    },
  });
}
