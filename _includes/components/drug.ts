/** Drug-specific pieces: status in words, the comparison table and the schema.org data. */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { drugStatuses, type Drug, type DrugStatus } from "../../src/model/schemas/drug.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import type { Site } from "../../src/model/schemas/site.ts";
import { partialDate, readableDate } from "../../src/helpers/dates.ts";
import { absoluteUrl } from "../../src/model/siteUrls.ts";
import { pageUrl } from "../../src/model/pageKinds.ts";
import type { SourceRegistry } from "../../src/model/schemas/source.ts";
import { timeElement } from "./sections.ts";
import { sourceCitations } from "./citations.ts";

export function drugUrl(drug: Drug, lang: Lang = "en"): string {
  return pageUrl("drug", drug.slug, lang);
}

/** "Tofersen (Qalsody)" */
export function drugTitle(drug: Drug): string {
  return drug.brandNames.length > 0 ? `${drug.genericName} (${drug.brandNames.join(", ")})` : drug.genericName;
}

/**
 * The status in words, with its dates: never colour alone, and never in the present tense for a status the
 * sources only support for an earlier month ("status as of May 2025").
 */
export function statusSentence(drug: Drug, lang: Lang = "en"): string {
  const t = strings(lang).drug;
  switch (drug.status) {
    case "approved":
      return t.approved(drug.approvedBy, readableDate(drug.approvedOn!, lang));
    case "withdrawn":
      return `${t.approved(drug.approvedBy, readableDate(drug.approvedOn!, lang))} ${t.withdrawn(readableDate(drug.withdrawnOn!, lang))}`;
    case "in-development":
      return t.inDevelopment(partialDate(drug.statusAsOf!, lang), drug.trialPhase!);
    case "stopped":
      return t.stopped(stoppedWhen(drug, lang), drug.trialPhase!, drug.stoppedReason!);
  }
}

/** " in March 2025", or a plain note when no source dates it. */
function stoppedWhen(drug: Drug, lang: Lang): string {
  const t = strings(lang).drug;
  if (drug.stoppedOn === undefined || drug.stoppedOn === "not given") return t.stoppedNoDate;
  const date = partialDate(drug.stoppedOn, lang);
  return drug.stoppedOn.length === 10 ? t.stoppedOnDay(date) : t.stoppedInMonth(date);
}

export function statusBadge(status: DrugStatus, lang: Lang = "en"): SafeHtml {
  return html`<span class="status status-${status}">${strings(lang).drug.statusLabels[status]}</span>`;
}

/** Drugs sorted as readers look for them: approved, withdrawn, in development, then stopped; A–Z within. */
export function sortDrugs(drugs: Drug[]): Drug[] {
  return [...drugs].sort((a, b) => drugStatuses.indexOf(a.status) - drugStatuses.indexOf(b.status) || a.genericName.localeCompare(b.genericName));
}

function keyDate(drug: Drug, lang: Lang): SafeHtml {
  const t = strings(lang).drug;
  switch (drug.status) {
    case "in-development":
      return html`${drug.trialPhase} (${t.keyStatusAsOf} ${timeElement(drug.statusAsOf!, lang)})`;
    case "stopped":
      return drug.stoppedOn && drug.stoppedOn !== "not given" ? html`${t.keyStopped} ${timeElement(drug.stoppedOn, lang)}` : html`${t.keyStoppedNoDate}`;
    case "withdrawn":
      return html`${t.keyWithdrawn} ${timeElement(drug.withdrawnOn!, lang)}`;
    case "approved":
      return html`${t.keyApproved} ${timeElement(drug.approvedOn!, lang)}`;
  }
}

/** The comparison table; `drugs` are in the page's language (`lang`), their links too. */
export function drugComparisonTable(drugs: Drug[], lang: Lang = "en"): SafeHtml {
  const t = strings(lang).drug;
  return html`<div class="table-wrap">
<table class="comparison">
<caption>${t.tableCaption}</caption>
<thead>
<tr><th scope="col">${t.tableDrug}</th><th scope="col">${t.tableStatus}</th><th scope="col">${t.tableGiven}</th><th scope="col">${t.tableKeyDate}</th></tr>
</thead>
<tbody>${sortDrugs(drugs).map(
    (drug) => html`
<tr>
<th scope="row" data-label="${t.tableDrug}"><a href="${drugUrl(drug, lang)}">${drugTitle(drug)}</a></th>
<td data-label="${t.tableStatus}">${statusBadge(drug.status, lang)}</td>
<td data-label="${t.tableGiven}">${drug.howItIsGiven.route}</td>
<td data-label="${t.tableKeyDate}">${keyDate(drug, lang)}</td>
</tr>`,
  )}
</tbody>
</table>
</div>`;
}

/** schema.org: a MedicalWebPage about a Drug, from the same typed data as the page. */
export function drugStructuredData(drug: Drug, site: Site, registry: SourceRegistry, citedIds: readonly string[], lang: Lang = "en"): object {
  const url = absoluteUrl(site.url, drugUrl(drug, lang));
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: drugTitle(drug),
    url,
    description: drug.summary,
    inLanguage: lang,
    lastReviewed: drug.lastReviewed,
    audience: { "@type": "PeopleAudience", audienceType: strings(lang).drug.audience },
    about: {
      "@type": "Drug",
      name: drug.genericName,
      nonProprietaryName: drug.genericName,
      ...(drug.brandNames.length > 0 ? { proprietaryName: drug.brandNames.join(", ") } : {}),
      ...(drug.otherNames ? { alternateName: drug.otherNames } : {}),
      ...(drug.developer ? { manufacturer: { "@type": "Organization", name: drug.developer } } : {}),
      administrationRoute: drug.howItIsGiven.route,
      legalStatus: statusSentence(drug, lang),
    },
    citation: sourceCitations(citedIds, registry),
  };
}
