/**
 * `/posts/` (and `/es/posts/`): every published post, newest first, 25 to a page (`/posts/page/2/`, …).
 * Both languages page through the English list, so page N is paired with page N; a
 * Spanish page past the end of the translated posts is not written.
 */
import { html } from "../helpers/html.ts";
import type { PostItem, SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { localPosts, localTagList } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { newestFirst, postList } from "../../_includes/components/postList.ts";
import { listPageUrl, pagination } from "../../_includes/components/pagination.ts";
import { postsPerPage } from "../model/lists.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { tagName } from "../../_includes/components/tags.ts";

interface Pagination {
  pageNumber: number;
  pages: unknown[];
}

type ListData = SiteData & { pagination: Pagination };

const words = {
  en: {
    title: "News and research",
    lead: "Short articles about ALS research, treatments and programs, newest first. Browse by topic:",
    description: "All news and research posts about ALS, newest first.",
    more: "More news",
  },
  es: {
    title: "Noticias e investigación",
    lead: "Artículos breves sobre la investigación, los tratamientos y los programas de la ELA, los más nuevos primero. Vea por tema:",
    description: "Todas las noticias e investigaciones sobre la ELA, las más nuevas primero.",
    more: "Más noticias",
  },
} satisfies Record<Lang, Record<string, string>>;

/** This page's posts in `lang`: its slice of the language's own list, newest first. */
function pagePosts(data: ListData, lang: Lang): { posts: PostItem[]; total: number } {
  const all = newestFirst(localPosts(data, lang));
  const number = data.pagination.pageNumber;
  return { posts: all.slice(number * postsPerPage, (number + 1) * postsPerPage), total: Math.max(1, Math.ceil(all.length / postsPerPage)) };
}

export default function postsPage(lang: Lang) {
  const w = words[lang];
  const base = pageUrl("list", "posts", lang);
  const title = (data: ListData) => {
    const number = data.pagination.pageNumber + 1;
    return number === 1 ? w.title : `${w.title}, ${strings(lang).lists.pageOf(number, pagePosts(data, lang).total).toLowerCase()}`;
  };
  return {
    data: {
      pageKind: "list",
      pagination: {
        data: "collections.posts",
        size: postsPerPage,
        reverse: true,
        alias: "pagePosts",
        addAllPagesToCollections: true,
        // Wrapped, not copied: only the page numbers matter here (each language lists its own posts, on as
        // many pages as it needs: the first pages of the English list, keeping their numbers for pairing).
        before: (posts: PostItem[], data: ListData) =>
          posts
            .map((post, index) => ({ post, eleventyPaginationGroupNumber: Math.floor(index / postsPerPage) }))
            .slice(0, Math.max(1, Math.ceil(localPosts(data, lang).length / postsPerPage)) * postsPerPage),
      },
      // The translated posts decide how many of these pages there are: Eleventy must collect them first.
      eleventyImport: { collections: ["postsEs"] },
      permalink: (data: ListData) => listPageUrl(base, data.pagination.pageNumber + 1),
      eleventyComputed: { title },
    },
    render(this: TemplateContext, data: ListData): string {
      const number = data.pagination.pageNumber + 1;
      const { posts, total } = pagePosts(data, lang);
      const section = strings(lang).sections.posts;
      const body = html`<h1>${data.title}</h1>
<p class="lead">${w.lead} ${localTagList(data, lang).map((tag, index) => html`${index > 0 ? ", " : ""}<a href="${pageUrl("tag", tag.slug, lang)}">${tagName(tag.name, lang)}</a>`)}.</p>
${postList(posts, 2, lang)}
${pagination(base, number, total, w.more, lang)}`;
      return renderPage(this, data, {
        description: w.description,
        trail:
          number === 1
            ? [{ title: section, url: base }]
            : [
                { title: section, url: base },
                { title: strings(lang).lists.page(number), url: data.page.url },
              ],
        body,
      });
    },
  };
}
