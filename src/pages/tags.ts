/** `/tags/` (and `/es/tags/`): every topic, with how many posts each has. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { localTagList } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { tagName } from "../../_includes/components/tags.ts";

const words = {
  en: { description: "Every topic covered by the news and research posts." },
  es: { description: "Todos los temas de las noticias e investigaciones." },
} satisfies Record<Lang, Record<string, string>>;

export default function tagsPage(lang: Lang) {
  const t = strings(lang);
  return {
    data: { pageKind: "list", permalink: pageUrl("list", "tags", lang), title: t.sections.tags },
    render(this: TemplateContext, data: SiteData): string {
      const body = html`<h1>${t.sections.tags}</h1>
<ul class="link-list">${localTagList(data, lang).map(
        (tag) => html`<li><a href="${pageUrl("tag", tag.slug, lang)}">${tagName(tag.name, lang)}</a> (${t.lists.posts(tag.posts.length)})</li>`,
      )}</ul>`;
      return renderPage(this, data, {
        description: words[lang].description,
        trail: [
          { title: t.sections.posts, url: pageUrl("list", "posts", lang) },
          { title: t.sections.tags, url: pageUrl("list", "tags", lang) },
        ],
        body,
      });
    },
  };
}
