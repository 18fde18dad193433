/** `/drugs/`: every drug at a glance, in a comparison table and listed by status. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { drugStatusLabels, drugStatuses } from "../model/schemas/drug.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { drugComparisonTable, drugTitle, drugUrl, sortDrugs, statusSentence } from "../../_includes/components/drug.ts";

export const data = { pageKind: "list", permalink: pageUrl("list", "drugs"), title: "ALS treatments" };

const statusIntro = {
  approved: "Approved drugs that doctors in the United States can prescribe.",
  withdrawn: "Drugs that were approved and later taken off the market.",
  "in-development": "Drugs still being tested in clinical trials. Each shows the month its status is from, because trials move on.",
  stopped: "Drugs whose development was stopped. They are listed so you know what happened to them.",
} as const;

export default function render(data: SiteData): string {
  const drugs = sortDrugs(Object.values(data.drugs));
  const body = html`<h1>ALS treatments</h1>
<p class="lead">The drugs for ALS on this site: which are approved, which were withdrawn, which are still in trials and which were stopped. Each page says who a drug is for, how it is given, what the evidence shows and where the facts come from.</p>
${drugComparisonTable(drugs)}
${drugStatuses.map((status) => {
  const group = drugs.filter((drug) => drug.status === status);
  if (group.length === 0) return "";
  return html`<section aria-labelledby="status-${status}">
<h2 id="status-${status}">${drugStatusLabels[status]}</h2>
<p>${statusIntro[status]}</p>
<ul class="card-list">${group.map(
    (drug) =>
      html`<li class="card"><h3><a href="${drugUrl(drug)}">${drugTitle(drug)}</a></h3><p>${drug.summary}</p><p class="meta">${statusSentence(drug)}</p></li>`,
  )}</ul>
</section>`;
})}`;
  return renderPage(data, {
    description: "Approved, withdrawn, in-development and stopped ALS drugs compared: status, how each is given and its key date.",
    trail: [{ title: "Treatments", url: "/drugs/" }],
    body,
  });
}
