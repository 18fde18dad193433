/**
 * `/sources/` (and `/es/sources/`): every source the site cites, grouped by kind, each with its address and
 * the pages that cite it. Readers can judge the evidence in one place; the weekly link check reads this page
 * to test every source address (see .github/workflows/deploy.yml). Sources stay in their own language.
 */
import { html, raw } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { sourceKinds } from "../model/schemas/source.ts";
import { citedInPost } from "../model/postSections.ts";
import { localDrugs, localPosts, localPrograms } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { citation, sourceAnchor } from "../../_includes/components/citations.ts";
import { drugTitle, drugUrl } from "../../_includes/components/drug.ts";
import { programUrl } from "../../_includes/components/program.ts";

const words = {
  en: {
    title: "All our sources",
    lead: "Every source this site cites, with a link to read it yourself. Each treatment, program and news page names the sources for each of its sections.",
    kinds:
      "We sort sources into three kinds. <strong>Primary</strong> sources are the original: a drug's label, a regulator, a company's own announcement, a journal article, a trial registry or an association's own page. <strong>Secondary</strong> sources, such as news reports, repeat a primary source. A <strong>weak</strong> source, with no named author or publisher, is never the only support for a medical fact.",
    description: "Every source ALS Resources cites: drug labels, regulators, journal articles, trial registries and more, each with its address.",
  },
  es: {
    title: "Todas nuestras fuentes",
    lead: "Todas las fuentes que cita este sitio, con un enlace para que usted las lea. Cada página de tratamiento, de programa y de noticias nombra las fuentes de cada una de sus secciones. Las fuentes están en inglés, su idioma original.",
    kinds:
      "Clasificamos las fuentes en tres tipos. Las fuentes <strong>primarias</strong> son las originales: la etiqueta de un medicamento, una agencia reguladora, el anuncio de la propia empresa, un artículo de revista científica, un registro de ensayos clínicos o la página de una asociación. Las fuentes <strong>secundarias</strong>, como las noticias de prensa, repiten una fuente primaria. Una fuente <strong>débil</strong>, sin autor ni editor con nombre, nunca es el único respaldo de un dato médico.",
    description:
      "Todas las fuentes que cita ALS Resources: etiquetas de medicamentos, agencias reguladoras, artículos de revistas científicas, registros de ensayos clínicos y más, cada una con su dirección.",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function sourcesPage(lang: Lang) {
  const w = words[lang];
  const t = strings(lang);
  const url = pageUrl("page", "sources", lang);
  return {
    data: { permalink: url, title: w.title },
    render(this: TemplateContext, data: SiteData): string {
      const registry = data.sources;
      const pages = [
        ...localDrugs(data, lang).map((drug) => ({ title: drugTitle(drug), url: drugUrl(drug, lang), ids: Object.values(drug.sources).flat() })),
        ...localPrograms(data, lang).map((program) => ({ title: program.name, url: programUrl(program, lang), ids: Object.values(program.sources).flat() })),
        ...localPosts(data, lang).map((post) => ({
          title: post.data.title,
          url: post.url,
          ids: [...citedInPost(post.rawInput ?? post.data.page.rawInput ?? ""), ...(post.data.basedOn ? [post.data.basedOn] : [])],
        })),
      ];
      const citedOn = (id: string) => pages.filter((page) => page.ids.includes(id));
      const sources = Object.values(registry).sort((a, b) => a.title.localeCompare(b.title));
      const body = html`<h1>${w.title}</h1>
<p class="lead">${w.lead}</p>
<p>${raw(w.kinds)}</p>
${sourceKinds.map((kind) => {
  const group = sources.filter((source) => source.kind === kind);
  if (group.length === 0) return "";
  return html`<section aria-labelledby="kind-${kind}">
<h2 id="kind-${kind}">${t.sourceKinds[kind]}</h2>
<ul class="sources">${group.map((source) => {
    const cited = citedOn(source.id);
    return html`<li id="${sourceAnchor(source.id)}">${citation(source, lang)}${
      cited.length > 0
        ? html` <span class="cited-in">${t.article.citedOn} ${cited.map((page, index) => html`${index > 0 ? ", " : ""}<a href="${page.url}">${page.title}</a>`)}.</span>`
        : ""
    }</li>`;
  })}</ul>
</section>`;
})}`;
      return renderPage(this, data, { description: w.description, trail: [{ title: t.sections.sources, url }], body });
    },
  };
}
