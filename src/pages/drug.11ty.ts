/** `/drugs/<slug>/`: one page per drug file, its sections always in the same order. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import type { Drug } from "../_config/schemas/drug.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { bulletList, prose, reviewedArticle, sourcesList, timeElement } from "../../_includes/components/sections.ts";
import { drugStructuredData, drugTitle, statusBadge, statusSentence } from "../../_includes/components/drug.ts";

export const data = {
  pagination: { data: "drugs", size: 1, alias: "drug", resolve: "values", addAllPagesToCollections: true },
  permalink: (data: { drug: Drug }) => `/drugs/${data.drug.slug}/`,
  pageType: "drug",
};

/** The sections of a drug page, in the order readers and tests rely on. */
export const drugSections = [
  { id: "in-short", title: "In short" },
  { id: "who-it-is-for", title: "Who it is for" },
  { id: "how-it-works", title: "How it works" },
  { id: "how-it-is-given", title: "How it is given" },
  { id: "evidence", title: "What the evidence shows" },
  { id: "side-effects", title: "Side effects" },
  { id: "cost", title: "Cost" },
  { id: "status", title: "Status and timeline" },
  { id: "questions", title: "Questions to ask your care team" },
  { id: "sources", title: "Sources" },
] as const;

type SectionId = (typeof drugSections)[number]["id"];

export default function render(data: SiteData & { drug: Drug }): string {
  const { drug } = data;
  const given = drug.howItIsGiven;
  const bodies: Record<SectionId, ReturnType<typeof html>> = {
    "in-short": html`${prose(drug.summary)}<p>${statusBadge(drug.status)} ${statusSentence(drug)}</p>`,
    "who-it-is-for": html`${prose(drug.whoItIsFor)}${
      drug.testsFirst ? html`<h3>Tests that come first</h3>${prose(drug.testsFirst)}` : ""
    }<p>To ask about this drug, bring this page to your ALS care team (you can print it) and use the questions below.</p>`,
    "how-it-works": prose(drug.howItWorks),
    "how-it-is-given": html`<dl class="facts">
<div><dt>Route</dt><dd>${given.route}</dd></div>
<div><dt>Dose</dt><dd>${given.dose}</dd></div>
<div><dt>Schedule</dt><dd>${given.schedule}</dd></div>
${given.whoGivesIt ? html`<div><dt>Who gives it</dt><dd>${given.whoGivesIt}</dd></div>` : ""}
</dl>`,
    evidence: prose(drug.evidence),
    "side-effects": html`<h3>Common</h3>${
      drug.sideEffects.common.length > 0 ? bulletList(drug.sideEffects.common) : html`<p>None reported in our sources.</p>`
    }<h3>Serious</h3>${
      drug.sideEffects.serious.length > 0 ? bulletList(drug.sideEffects.serious) : html`<p>None reported in our sources.</p>`
    }${drug.sideEffects.note ? prose(drug.sideEffects.note) : ""}`,
    cost: prose(drug.cost),
    status: html`<p>${statusBadge(drug.status)} ${statusSentence(drug)}</p>${
      drug.timeline && drug.timeline.length > 0
        ? html`<ol class="timeline">${drug.timeline.map((event) => html`<li>${timeElement(event.date)}: ${event.event}</li>`)}</ol>`
        : ""
    }`,
    questions: html`<ul class="questions">${drug.questions.map((question) => html`<li>${question}</li>`)}</ul>`,
    sources: sourcesList(drug.sources),
  };

  const sections = drugSections.map((item) => ({
    ...item,
    body: bodies[item.id],
    // Printed as a handout: the questions stay on one sheet.
    ...(item.id === "questions" ? { className: "keep-together" } : {}),
  }));
  const body = reviewedArticle("drug", drugTitle(drug), sections, drug);

  return renderPage(data, {
    title: drugTitle(drug),
    description: drug.summary.replace(/\s+/g, " "),
    trail: [
      { title: "Treatments", url: "/drugs/" },
      { title: drug.genericName, url: data.page.url },
    ],
    body,
    structuredData: drugStructuredData(drug, data.site),
    search: { type: "drug", status: drug.status },
  });
}
