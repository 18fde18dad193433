/** Drug-specific pieces: status in words, the comparison table and the schema.org data. */
import { html, type SafeHtml } from "../../src/_config/templates/html.ts";
import { drugStatusLabels, drugStatuses, type Drug, type DrugStatus } from "../../src/_config/schemas/drug.ts";
import type { Site } from "../../src/_config/schemas/site.ts";
import { partialDate, readableDate } from "../../src/_config/filters/dates.ts";
import { absoluteUrl } from "../../src/_config/siteUrls.ts";
import { sourceCitations, timeElement } from "./sections.ts";

export function drugUrl(drug: Drug): string {
  return `/drugs/${drug.slug}/`;
}

/** "Tofersen (Qalsody)" */
export function drugTitle(drug: Drug): string {
  return drug.brandNames.length > 0 ? `${drug.genericName} (${drug.brandNames.join(", ")})` : drug.genericName;
}

/** One sentence for the status, with its date: never colour alone. */
export function statusSentence(drug: Drug): string {
  switch (drug.status) {
    case "approved":
      return `Approved${drug.approvedBy ? ` by the ${drug.approvedBy}` : ""} on ${readableDate(drug.approvedOn!)}.`;
    case "withdrawn":
      return `Withdrawn on ${readableDate(drug.withdrawnOn!)}, after approval on ${readableDate(drug.approvedOn!)}.`;
    case "in-development":
      return `In development: ${drug.trialPhase} (as reported in ${partialDate(drug.phaseAsOf!)}).`;
  }
}

export function statusBadge(status: DrugStatus): SafeHtml {
  return html`<span class="status status-${status}">${drugStatusLabels[status]}</span>`;
}

/** Drugs sorted as readers look for them: approved first, then withdrawn, then in development; A–Z within. */
export function sortDrugs(drugs: Drug[]): Drug[] {
  return [...drugs].sort(
    (a, b) => drugStatuses.indexOf(a.status) - drugStatuses.indexOf(b.status) || a.genericName.localeCompare(b.genericName),
  );
}

function keyDate(drug: Drug): SafeHtml {
  if (drug.status === "in-development") return html`${drug.trialPhase} (as of ${timeElement(drug.phaseAsOf!)})`;
  if (drug.status === "withdrawn") return html`Withdrawn ${timeElement(drug.withdrawnOn!)}`;
  return html`Approved ${timeElement(drug.approvedOn!)}`;
}

export function drugComparisonTable(drugs: Drug[]): SafeHtml {
  return html`<div class="table-wrap">
<table class="comparison">
<caption>All ALS drugs on this site: status, how each is given and its key date</caption>
<thead>
<tr><th scope="col">Drug</th><th scope="col">Status</th><th scope="col">How it is given</th><th scope="col">Key date</th></tr>
</thead>
<tbody>${sortDrugs(drugs).map(
    (drug) => html`
<tr>
<th scope="row" data-label="Drug"><a href="${drugUrl(drug)}">${drugTitle(drug)}</a></th>
<td data-label="Status">${statusBadge(drug.status)}</td>
<td data-label="How it is given">${drug.howItIsGiven.route}</td>
<td data-label="Key date">${keyDate(drug)}</td>
</tr>`,
  )}
</tbody>
</table>
</div>`;
}

/** schema.org: a MedicalWebPage about a Drug, from the same typed data as the page. */
export function drugStructuredData(drug: Drug, site: Site): object {
  const url = absoluteUrl(site.url, drugUrl(drug));
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: drugTitle(drug),
    url,
    description: drug.summary,
    inLanguage: site.language,
    lastReviewed: drug.lastReviewed,
    audience: { "@type": "PeopleAudience", audienceType: "Patients and caregivers" },
    about: {
      "@type": "Drug",
      name: drug.genericName,
      nonProprietaryName: drug.genericName,
      ...(drug.brandNames.length > 0 ? { proprietaryName: drug.brandNames.join(", ") } : {}),
      ...(drug.otherNames ? { alternateName: drug.otherNames } : {}),
      ...(drug.developer ? { manufacturer: { "@type": "Organization", name: drug.developer } } : {}),
      administrationRoute: drug.howItIsGiven.route,
      legalStatus: statusSentence(drug),
    },
    citation: sourceCitations(drug.sources),
  };
}
