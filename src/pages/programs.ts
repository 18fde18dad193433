/** `/programs/` (and `/es/programs/`): the support and community programs. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { localPrograms } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { programName, programUrl, sortPrograms } from "../../_includes/components/program.ts";

const words = {
  en: {
    title: "Support and community programs",
    lead: "Programs that help people living with ALS, their families and their care teams: what each one does, who it is for and what it has done so far.",
    description: "ALS support and community programs: what each does, who it is for and its results so far.",
  },
  es: {
    title: "Programas de apoyo y comunitarios",
    lead: "Programas que ayudan a las personas que viven con ELA, a sus familias y a sus equipos de atención médica: qué hace cada uno, para quién es y qué ha logrado hasta ahora.",
    description: "Programas de apoyo y comunitarios para la ELA: qué hace cada uno, para quién es y sus resultados hasta ahora.",
  },
} satisfies Record<Lang, { title: string; lead: string; description: string }>;

export default function programsPage(lang: Lang) {
  const w = words[lang];
  return {
    data: { pageKind: "list", permalink: pageUrl("list", "programs", lang), title: w.title },
    render(this: TemplateContext, data: SiteData): string {
      const programs = sortPrograms(localPrograms(data, lang), lang);
      const body = html`<h1>${w.title}</h1>
<p class="lead">${w.lead}</p>
<ul class="card-list">${programs.map(
        (program) =>
          html`<li class="card"><h2><a href="${programUrl(program, lang)}">${programName(program, lang, data)}</a></h2><p>${program.summary}</p><p class="meta">${strings(lang).program.runBy(program.runBy, program.started)}</p></li>`,
      )}</ul>`;
      return renderPage(this, data, {
        description: w.description,
        trail: [{ title: strings(lang).sections.programs, url: pageUrl("list", "programs", lang) }],
        body,
      });
    },
  };
}
