/** `/` (and `/es/`): what the site is, the newest posts, the treatments at a glance, the programs and reading offline. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { localizedUrl, type Lang } from "../model/languages.ts";
import { localDrugs, localPosts, localPrograms } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { newestFirst, postList } from "../../_includes/components/postList.ts";
import { drugTitle, drugUrl, sortDrugs, statusBadge } from "../../_includes/components/drug.ts";
import { programName, programUrl, sortPrograms } from "../../_includes/components/program.ts";
import { siteText } from "../../_includes/components/siteText.ts";

const words = {
  en: {
    heading: "Clear, sourced information about ALS",
    lead: "ALS (amyotrophic lateral sclerosis) is a disease that damages the nerve cells that control muscles. This site explains the treatments, the support programs and the latest research in plain words. Every section that states facts names its sources, with a link you can follow, and every treatment page shows when it was last checked.",
    treatments: "Treatments at a glance",
    compare: "Compare all treatments",
    news: "Newest posts",
    allNews: "All news and research",
    programs: "Support and community programs",
    offline: "Read it anywhere, even offline",
    offlineText:
      "After your first visit, your browser saves the whole site, so every page opens later with no signal: in a clinic basement, on a bus or in hospital. The footer of each page says when saving is done. Pages are small and need no JavaScript to be read.",
    offlineMore: "More about reading offline",
  },
  es: {
    heading: "Información clara y con fuentes sobre la ELA",
    lead: "La ELA (esclerosis lateral amiotrófica) es una enfermedad que daña las células nerviosas que controlan los músculos. Este sitio explica en palabras sencillas los tratamientos, los programas de apoyo y las investigaciones más recientes. Cada sección que da datos nombra sus fuentes, con un enlace que usted puede seguir, y cada página de tratamiento indica cuándo se revisó por última vez.",
    treatments: "Los tratamientos de un vistazo",
    compare: "Comparar todos los tratamientos",
    news: "Noticias más recientes",
    allNews: "Todas las noticias e investigaciones",
    programs: "Programas de apoyo y comunitarios",
    offline: "Léalo en cualquier lugar, incluso sin conexión",
    offlineText:
      "Después de su primera visita, su navegador guarda todo el sitio, así que cada página se abre más tarde sin señal: en el sótano de una clínica, en el autobús o en el hospital. El pie de cada página indica cuándo terminó de guardarse. Las páginas son pequeñas y no necesitan JavaScript para leerse.",
    offlineMore: "Más sobre leer sin conexión",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function homePage(lang: Lang) {
  const w = words[lang];
  const link = (url: string) => localizedUrl(url, lang);
  return {
    // eleventyImport: `npm start` rebuilds the home page when a post changes (Eleventy cannot see the use in render).
    data: { permalink: link("/"), eleventyImport: { collections: ["posts"] }, eleventyComputed: { title: (data: SiteData) => data.site.title } },
    render(this: TemplateContext, data: SiteData): string {
      const drugs = sortDrugs(localDrugs(data, lang));
      const programs = sortPrograms(localPrograms(data, lang), lang);
      const body = html`<h1>${w.heading}</h1>
<p class="lead">${w.lead}</p>

<section aria-labelledby="treatments-heading">
<h2 id="treatments-heading">${w.treatments}</h2>
<ul class="drug-glance">${drugs.map((drug) => html`<li><a href="${drugUrl(drug, lang)}">${drugTitle(drug)}</a> ${statusBadge(drug.status, lang)}</li>`)}</ul>
<p><a class="button" href="${link("/drugs/")}">${w.compare}</a></p>
</section>

<section aria-labelledby="news-heading">
<h2 id="news-heading">${w.news}</h2>
${postList(newestFirst(localPosts(data, lang)).slice(0, 3), 3, lang)}
<p><a class="button" href="${link("/posts/")}">${w.allNews}</a></p>
</section>

<section aria-labelledby="programs-heading">
<h2 id="programs-heading">${w.programs}</h2>
<ul class="link-list">${programs.map((program) => html`<li><a href="${programUrl(program, lang)}">${programName(program, lang, data)}</a>: ${program.summary}</li>`)}</ul>
</section>

<section aria-labelledby="offline-heading">
<h2 id="offline-heading">${w.offline}</h2>
<p>${w.offlineText}</p>
<ul class="link-list"><li><a href="${link("/offline/")}">${w.offlineMore}</a></li></ul>
</section>`;
      return renderPage(this, data, { description: siteText(data.site, lang).description, trail: [], body });
    },
  };
}
