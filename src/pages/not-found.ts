/** `404.html` (and `es/404.html`): the page hosts show for an unknown address. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { localizedUrl, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

const words = {
  en: {
    title: "Page not found",
    lead: "There is no page at this address. It may have moved, or the address may have a typing mistake.",
    try: "Try one of these:",
    description: "There is no page at this address.",
  },
  es: {
    title: "No se encontró la página",
    lead: "No hay ninguna página en esta dirección. Puede que se haya movido, o que la dirección tenga un error de escritura.",
    try: "Pruebe una de estas:",
    description: "No hay ninguna página en esta dirección.",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function notFoundPage(lang: Lang) {
  const w = words[lang];
  return {
    data: { permalink: localizedUrl("/404.html", lang), eleventyExcludeFromCollections: true, title: w.title },
    render(this: TemplateContext, data: SiteData): string {
      const body = html`<h1>${w.title}</h1>
<p class="lead">${w.lead}</p>
<p>${w.try}</p>
<ul class="link-list">
<li><a href="${localizedUrl("/", lang)}">${strings(lang).shell.home}</a></li>
${mainSections(lang).map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}
</ul>
${lang === "en" ? html`<p lang="es">¿Busca una página en español? <a href="/es/" hreflang="es">Vaya al inicio en español</a>.</p>` : ""}`;
      return renderPage(this, data, { description: w.description, trail: [], body, noCanonical: true });
    },
  };
}
