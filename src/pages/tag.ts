/**
 * `/tags/<tag>/` (and `/tags/<tag>/page/N/`, and the same under `/es/`): the posts on one topic, newest
 * first. Both languages page through the English topic pages, so each pairs with its translation; a
 * Spanish topic page with no translated posts is not written.
 */
import { html } from "../helpers/html.ts";
import type { SiteData, TagPage } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { numberedForPairing, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { localTagPage } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { postList } from "../../_includes/components/postList.ts";
import { listPageUrl, pagination } from "../../_includes/components/pagination.ts";
import { tagName } from "../../_includes/components/tags.ts";

type TagData = SiteData & { tagPage: TagPage };

const words = {
  en: {
    title: (name: string) => `Posts about ${name}`,
    lead: (count: string) => `${count} on this topic, newest first.`,
    allTopics: "All topics",
    more: (name: string) => `More posts about ${name}`,
    description: (name: string) => `News and research posts about ${name}.`,
  },
  es: {
    title: (name: string) => `Noticias sobre ${name}`,
    lead: (count: string) => `${count} sobre este tema, las más nuevas primero.`,
    allTopics: "Todos los temas",
    more: (name: string) => `Más noticias sobre ${name}`,
    description: (name: string) => `Noticias e investigaciones sobre ${name}.`,
  },
} satisfies Record<Lang, Record<string, (value: string) => string> | Record<string, unknown>>;

export default function tagPage(lang: Lang) {
  const w = words[lang];
  return {
    data: {
      pagination: {
        data: "collections.tagPages",
        size: 1,
        alias: "tagPage",
        addAllPagesToCollections: true,
        // Items keep their place in the English list (for pairing), then a language keeps those it has translated.
        before: (pages: TagPage[], data: TagData) => numberedForPairing(pages).filter((page) => localTagPage(data, page, lang)),
      },
      // The translated topic pages decide which of these pages exist: Eleventy must collect them first.
      eleventyImport: { collections: ["tagPagesEs"] },
      pageKind: "tag",
      permalink: (data: TagData) => listPageUrl(pageUrl("tag", data.tagPage.tag.slug, lang), data.tagPage.number),
      eleventyComputed: {
        title: (data: TagData) => {
          const local = localTagPage(data, data.tagPage, lang) ?? data.tagPage;
          const name = w.title(tagName(local.tag.name, lang));
          return local.number === 1 ? name : `${name}, ${strings(lang).lists.pageOf(local.number, local.total).toLowerCase()}`;
        },
      },
    },
    render(this: TemplateContext, data: TagData): string {
      const local = localTagPage(data, data.tagPage, lang);
      if (!local) throw new Error(`${data.tagPage.tag.slug}: no ${lang} posts (pagination keeps only translated topic pages)`);
      const { tag, number, total, posts } = local;
      const base = pageUrl("tag", tag.slug, lang);
      const name = tagName(tag.name, lang);
      const t = strings(lang);
      const body = html`<h1>${data.title}</h1>
<p class="lead">${w.lead(t.lists.posts(tag.posts.length))} <a href="${pageUrl("list", "tags", lang)}">${w.allTopics}</a>.</p>
${postList(posts, 2, lang)}
${pagination(base, number, total, w.more(name), lang)}`;
      return renderPage(this, data, {
        description: w.description(name),
        trail: [
          { title: t.sections.posts, url: pageUrl("list", "posts", lang) },
          { title: t.sections.tags, url: pageUrl("list", "tags", lang) },
          { title: name, url: base },
          ...(number > 1 ? [{ title: t.lists.page(number), url: data.page.url }] : []),
        ],
        body,
      });
    },
  };
}
