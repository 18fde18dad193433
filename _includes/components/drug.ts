/** Drug-specific pieces: status in words, the comparison table and the schema.org data. */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { drugStatusLabels, drugStatuses, type Drug, type DrugStatus } from "../../src/model/schemas/drug.ts";
import type { Site } from "../../src/model/schemas/site.ts";
import { partialDate, readableDate } from "../../src/helpers/dates.ts";
import { absoluteUrl } from "../../src/model/siteUrls.ts";
import { pageUrl } from "../../src/model/pageKinds.ts";
import type { SourceRegistry } from "../../src/model/schemas/source.ts";
import { timeElement } from "./sections.ts";
import { sourceCitations } from "./citations.ts";

export function drugUrl(drug: Drug): string {
  return pageUrl("drug", drug.slug);
}

/** "Tofersen (Qalsody)" */
export function drugTitle(drug: Drug): string {
  return drug.brandNames.length > 0 ? `${drug.genericName} (${drug.brandNames.join(", ")})` : drug.genericName;
}

/**
 * The status in words, with its dates: never colour alone, and never in the present tense for a status the
 * sources only support for an earlier month ("status as of May 2025").
 */
export function statusSentence(drug: Drug): string {
  switch (drug.status) {
    case "approved":
      return `Approved${drug.approvedBy ? ` by the ${drug.approvedBy}` : ""} on ${readableDate(drug.approvedOn!)}.`;
    case "withdrawn":
      return `Approved${drug.approvedBy ? ` by the ${drug.approvedBy}` : ""} on ${readableDate(drug.approvedOn!)}. Its maker announced on ${readableDate(drug.withdrawnOn!)} that it would withdraw it.`;
    case "in-development":
      return `Status as of ${partialDate(drug.statusAsOf!)}: in development (${drug.trialPhase}), not approved.`;
    case "stopped":
      return `Stopped${stoppedWhen(drug)} during ${drug.trialPhase}: ${drug.stoppedReason!} It is not approved.`;
  }
}

/** " in March 2025", or a plain note when no source dates it. */
function stoppedWhen(drug: Drug): string {
  return drug.stoppedOn === undefined || drug.stoppedOn === "not given"
    ? " (our sources give no date)"
    : `${drug.stoppedOn.length === 10 ? " on" : " in"} ${partialDate(drug.stoppedOn)}`;
}

export function statusBadge(status: DrugStatus): SafeHtml {
  return html`<span class="status status-${status}">${drugStatusLabels[status]}</span>`;
}

/** Drugs sorted as readers look for them: approved, withdrawn, in development, then stopped; A–Z within. */
export function sortDrugs(drugs: Drug[]): Drug[] {
  return [...drugs].sort((a, b) => drugStatuses.indexOf(a.status) - drugStatuses.indexOf(b.status) || a.genericName.localeCompare(b.genericName));
}

function keyDate(drug: Drug): SafeHtml {
  switch (drug.status) {
    case "in-development":
      return html`${drug.trialPhase} (status as of ${timeElement(drug.statusAsOf!)})`;
    case "stopped":
      return drug.stoppedOn && drug.stoppedOn !== "not given" ? html`Stopped ${timeElement(drug.stoppedOn)}` : html`Stopped (date not given)`;
    case "withdrawn":
      return html`Withdrawal announced ${timeElement(drug.withdrawnOn!)}`;
    case "approved":
      return html`Approved ${timeElement(drug.approvedOn!)}`;
  }
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
export function drugStructuredData(drug: Drug, site: Site, registry: SourceRegistry, citedIds: readonly string[]): object {
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
    citation: sourceCitations(citedIds, registry),
  };
}
