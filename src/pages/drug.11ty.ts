/** `/drugs/<slug>/`: one page per drug file, its sections always in the same order, each naming its sources. */
import { html, type SafeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Drug, DrugCitations } from "../model/schemas/drug.ts";
import { newestSourceDate } from "../model/checks/citations.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { bulletList, prose, reviewedArticle, timeElement, type ArticleSection } from "../../_includes/components/sections.ts";
import { withCitations } from "../../_includes/components/citations.ts";
import { drugStructuredData, drugTitle, statusBadge, statusSentence } from "../../_includes/components/drug.ts";

export const data = {
  pagination: { data: "drugs", size: 1, alias: "drug", resolve: "values", addAllPagesToCollections: true },
  pageKind: "drug",
  permalink: (data: { drug: Drug }) => pageUrl("drug", data.drug.slug),
  eleventyComputed: { title: (data: { drug: Drug }) => drugTitle(data.drug) },
};

interface DrugSection extends ArticleSection {
  /** The citation list (in the drug's `sources`) this section shows. */
  cites?: keyof DrugCitations;
}

/** Side effects: the label's warnings first, then the common ones; an honest note when none are listed yet. */
function sideEffects(drug: Drug): SafeHtml {
  const { warnings, common, note } = drug.sideEffects;
  if (warnings.length + common.length === 0) {
    return html`<p>This page does not list side effects for ${drug.genericName} yet. Every medicine can have side effects. Ask your care team${
      drug.status === "in-development" || drug.status === "stopped" ? " (or the trial team)" : ""
    } what to look out for.</p>${note ? prose(note) : ""}`;
  }
  return html`${
    warnings.length > 0 ? html`<h3>Warnings on the label (serious risks)</h3>${bulletList(warnings)}` : ""
  }${common.length > 0 ? html`<h3>Most common side effects</h3>${bulletList(common)}` : ""}${note ? prose(note) : ""}`;
}

export default function render(data: SiteData & { drug: Drug }): string {
  const { drug, sources: registry } = data;
  const given = drug.howItIsGiven;
  const status = html`<p>${statusBadge(drug.status)} ${statusSentence(drug)}</p>`;
  const sections: DrugSection[] = [
    { id: "in-short", title: "In short", body: html`${prose(drug.summary)}${status}` },
    {
      id: "who-it-is-for",
      title: "Who it is for",
      cites: "whoItIsFor",
      body: html`${prose(drug.whoItIsFor)}<p>To ask about this drug, bring this page to your ALS care team (you can print it) and use the questions below.</p>`,
    },
    { id: "how-it-works", title: "How it works", cites: "howItWorks", body: prose(drug.howItWorks) },
    {
      id: "how-it-is-given",
      title: "How it is given",
      cites: "howItIsGiven",
      body: html`<dl class="facts">
<div><dt>Route</dt><dd>${given.route}</dd></div>
<div><dt>Dose</dt><dd>${given.dose}</dd></div>
<div><dt>Schedule</dt><dd>${given.schedule}</dd></div>
${given.whoGivesIt ? html`<div><dt>Who gives it</dt><dd>${given.whoGivesIt}</dd></div>` : ""}
</dl>`,
    },
    { id: "evidence", title: "What the evidence shows", cites: "evidence", body: prose(drug.evidence) },
    { id: "side-effects", title: "Side effects and warnings", cites: "sideEffects", body: sideEffects(drug) },
  ];
  if (drug.monitoring && drug.monitoring.length > 0) {
    sections.push({ id: "tests", title: "Tests and check-ups", cites: "monitoring", body: bulletList(drug.monitoring) });
  }
  sections.push(
    {
      id: "cost",
      title: "Cost",
      cites: "cost",
      body: drug.cost
        ? prose(drug.cost)
        : html`<p>We have not found a source we trust for the price of ${drug.genericName}, so this page gives none. Ask your care team, pharmacist or insurer what you would pay.</p>`,
    },
    {
      id: "status",
      title: "Status and timeline",
      cites: "status",
      body: html`${status}${
        drug.timeline && drug.timeline.length > 0
          ? html`<ol class="timeline">${drug.timeline.map((event) => html`<li>${timeElement(event.date)}: ${event.event}</li>`)}</ol>`
          : ""
      }`,
    },
    {
      id: "questions",
      title: "Questions to ask your care team",
      body: html`<ul class="questions">${drug.questions.map((question) => html`<li>${question}</li>`)}</ul>`,
      // Printed as a handout: the questions stay on one sheet.
      className: "keep-together",
    },
  );

  const cited = withCitations(sections, drug.sources, registry);
  const allIds = cited.citedIds;
  const body = reviewedArticle("drug", drugTitle(drug), cited.sections, { ...drug, newestSource: newestSourceDate(allIds, registry) });

  return renderPage(data, {
    description: drug.summary.replace(/\s+/g, " "),
    trail: [
      { title: "Treatments", url: pageUrl("list", "drugs") },
      { title: drug.genericName, url: data.page.url },
    ],
    body,
    structuredData: drugStructuredData(drug, data.site, registry, allIds),
    searchFilters: { status: drug.status },
  });
}
