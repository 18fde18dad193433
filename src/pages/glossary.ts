/** `/glossary/` (and `/es/glossary/`): every term, each with an id so any page can link to `/glossary/#term`. */
import { html, raw } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { localGlossary } from "../model/localContent.ts";
import { renderInline } from "../helpers/markdownLibrary.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

const words = {
  en: {
    lead: "Words you will meet on this site and in clinic, explained in plain language.",
    also: "Also called:",
    description: "Plain-language explanations of the medical words used on this site.",
  },
  es: {
    lead: "Palabras que encontrará en este sitio y en la consulta, explicadas en lenguaje sencillo.",
    also: "También se llama:",
    description: "Explicaciones en lenguaje sencillo de las palabras médicas que usa este sitio.",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function glossaryPage(lang: Lang) {
  const w = words[lang];
  const title = strings(lang).sections.glossary;
  return {
    data: { pageKind: "glossary", permalink: pageUrl("glossary", "", lang), title },
    render(this: TemplateContext, data: SiteData): string {
      const entries = [...localGlossary(data, lang)].sort((a, b) => a.term.localeCompare(b.term, lang));
      const body = html`<h1>${title}</h1>
<p class="lead">${w.lead}</p>
<dl class="glossary">${entries.map(
        (entry) => html`
<div class="glossary-entry" id="${entry.id}">
<dt><dfn>${entry.term}</dfn>${entry.abbreviation ? html` (<abbr>${entry.abbreviation}</abbr>)` : ""}</dt>
<dd>${raw(renderInline(entry.definition, lang))}${entry.also && entry.also.length > 0 ? html` <span class="meta">${w.also} ${entry.also.join(", ")}.</span>` : ""}</dd>
</div>`,
      )}
</dl>`;
      return renderPage(this, data, { description: w.description, trail: [{ title, url: pageUrl("glossary", "", lang) }], body });
    },
  };
}
