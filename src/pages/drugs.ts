/** `/drugs/` (and `/es/drugs/`): every drug at a glance, in a comparison table and listed by status. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { drugStatuses, type DrugStatus } from "../model/schemas/drug.ts";
import { localDrugs } from "../model/localContent.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { drugComparisonTable, drugTitle, drugUrl, sortDrugs, statusSentence } from "../../_includes/components/drug.ts";

const words = {
  en: {
    title: "ALS treatments",
    lead: "The drugs for ALS on this site: which are approved, which were withdrawn, which are still in trials and which were stopped. Each page says who a drug is for, how it is given, what the evidence shows and where the facts come from.",
    description: "Approved, withdrawn, in-development and stopped ALS drugs compared: status, how each is given and its key date.",
    statusIntro: {
      approved: "Approved drugs that doctors in the United States can prescribe.",
      withdrawn: "Drugs that were approved and later taken off the market.",
      "in-development": "Drugs still being tested in clinical trials. Each shows the month its status is from, because trials move on.",
      stopped: "Drugs whose development was stopped. They are listed so you know what happened to them.",
    },
  },
  es: {
    title: "Tratamientos para la ELA",
    lead: "Los medicamentos para la ELA de este sitio: cuáles están aprobados, cuáles se retiraron, cuáles siguen en ensayos y cuáles se detuvieron. Cada página dice para quién es un medicamento, cómo se administra, qué muestran los estudios y de dónde vienen los datos.",
    description:
      "Medicamentos para la ELA aprobados, retirados, en desarrollo y detenidos, comparados: situación, cómo se administra cada uno y su fecha clave.",
    statusIntro: {
      approved: "Medicamentos aprobados que los médicos de Estados Unidos pueden recetar.",
      withdrawn: "Medicamentos que se aprobaron y después se retiraron del mercado.",
      "in-development": "Medicamentos que todavía se prueban en ensayos clínicos. Cada uno indica el mes de su situación, porque los ensayos avanzan.",
      stopped: "Medicamentos cuyo desarrollo se detuvo. Aparecen aquí para que sepa qué pasó con ellos.",
    },
  },
} satisfies Record<Lang, { title: string; lead: string; description: string; statusIntro: Record<DrugStatus, string> }>;

export default function drugsPage(lang: Lang) {
  const w = words[lang];
  return {
    data: { pageKind: "list", permalink: pageUrl("list", "drugs", lang), title: w.title },
    render(this: TemplateContext, data: SiteData): string {
      const drugs = sortDrugs(localDrugs(data, lang));
      const labels = strings(lang).drug.statusLabels;
      const body = html`<h1>${w.title}</h1>
<p class="lead">${w.lead}</p>
${drugComparisonTable(drugs, lang)}
${drugStatuses.map((status) => {
  const group = drugs.filter((drug) => drug.status === status);
  if (group.length === 0) return "";
  return html`<section aria-labelledby="status-${status}">
<h2 id="status-${status}">${labels[status]}</h2>
<p>${w.statusIntro[status]}</p>
<ul class="card-list">${group.map(
    (drug) =>
      html`<li class="card"><h3><a href="${drugUrl(drug, lang)}">${drugTitle(drug)}</a></h3><p>${drug.summary}</p><p class="meta">${statusSentence(drug, lang)}</p></li>`,
  )}</ul>
</section>`;
})}`;
      return renderPage(this, data, {
        description: w.description,
        trail: [{ title: strings(lang).sections.drugs, url: pageUrl("list", "drugs", lang) }],
        body,
      });
    },
  };
}
