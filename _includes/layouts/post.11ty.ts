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
import type { TemplateContext } from "../../src/model/eleventy.ts";
import { languageOfUrl } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import { localPosts } from "../../src/model/localContent.ts";
import { proseOfPost, translationState } from "../../src/model/translations.ts";
import { postsFolder } from "../../src/model/paths.ts";
import { lastCommitDate } from "../../src/helpers/gitDates.ts";
import { renderPage } from "./base.ts";
import { tagName } from "../components/tags.ts";
import { translationNotice } from "../components/translationNotice.ts";
import { changeLog, timeElement } from "../components/sections.ts";
import { citation, sourceCitations, sourceList } from "../components/citations.ts";

type PostPageData = SiteData & PostFrontMatter & { content: string; translatedFrom?: string };

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

/**
 * A translated post (`src/posts/es/<slug>.md`) is drawn from its English original: the date, topics and
 * source come from there, and a notice says when the English has changed since the translation.
 */
function original(data: PostPageData) {
  const english = data.collections.posts.find((post) => post.fileSlug === data.page.fileSlug);
  return {
    english,
    local: localPosts(data, languageOfUrl(data.page.url)).find((post) => post.url === data.page.url),
  };
}

export default function render(this: TemplateContext, data: PostPageData): string {
  const lang = languageOfUrl(data.page.url);
  const t = strings(lang);
  const { english, local } = lang === "en" ? { english: undefined, local: undefined } : original(data);
  const { previous, next } = neighbours(localPosts(data, lang), data.page.url);
  const tags = (english ? english.data.tags : data.tags) ?? [];
  const basedOn = english ? english.data.basedOn : data.basedOn;
  const date = local?.date ?? english?.date ?? data.page.date;
  const registry = data.sources;
  const source = basedOn ? registry[basedOn] : undefined;
  const cited = citedInPost(data.page.rawInput ?? "");
  const changes = english?.data.changes?.map((change, index) => ({
    ...change,
    change: (data.changes?.[index] as unknown as string | undefined) ?? change.change,
  }));
  const state =
    english && data.translatedFrom
      ? translationState(data.translatedFrom, proseOfPost(english.data, english.rawInput ?? english.data.page.rawInput ?? ""))
      : undefined;
  const notice = english ? translationNotice(state, english.url, () => lastCommitDate(`${postsFolder}/${english.fileSlug}.md`), lang) : "";
  const body = html`<article class="post">
<header class="post-header">
<h1>${data.title}</h1>
${notice}
<p class="meta">${t.post.published} ${timeElement(date, lang)}${data.draft ? html` <strong class="draft-flag">${t.post.draft}</strong>` : ""}</p>
${source ? html`<p class="meta adapted-from">${t.post.adaptedFrom} ${citation(source, lang)}</p>` : ""}
${tags.length > 0 ? html`<p class="meta">${t.post.topics} <span class="tag-list">${tags.map((tag, index) => html`${index > 0 ? ", " : ""}<a href="${pageUrl("tag", slugify(tag), lang)}">${tagName(tag, lang)}</a>`)}</span></p>` : ""}
<p class="lead">${data.summary}</p>
</header>
<div class="prose">
${raw(data.content)}
</div>
${cited.length > 0 ? html`<section class="content-section" aria-labelledby="sources"><h2 id="sources">${t.article.sources}</h2>${sourceList(cited, registry, new Map(), lang)}</section>` : ""}
${changeLog(english ? changes : data.changes, lang)}
</article>
${
  previous || next
    ? html`<nav class="pager" aria-label="${t.post.morePosts}">
<ul>
${previous ? html`<li class="pager-previous"><a href="${previous.url}" rel="prev"><span class="pager-label">${t.post.previous}</span> ${previous.data.title}</a></li>` : ""}
${next ? html`<li class="pager-next"><a href="${next.url}" rel="next"><span class="pager-label">${t.post.next}</span> ${next.data.title}</a></li>` : ""}
</ul>
</nav>`
    : ""
}`;
  return renderPage(this, data, {
    description: data.summary,
    trail: [
      { title: t.sections.posts, url: pageUrl("list", "posts", lang) },
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
      datePublished: isoDate(date),
      inLanguage: lang,
      publisher: { "@type": "Organization", name: data.site.title },
      ...(source ? { isBasedOn: sourceCitations([source.id], registry)[0] } : {}),
      citation: sourceCitations(cited, registry),
    },
  });
}
