/** `/programs/<slug>/`: one page per program file, each section naming its sources. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Program, ProgramCitations } from "../model/schemas/program.ts";
import { newestSourceDate } from "../model/checks/citations.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { prose, reviewedArticle, type ArticleSection } from "../../_includes/components/sections.ts";
import { withCitations } from "../../_includes/components/citations.ts";
import { programStructuredData } from "../../_includes/components/program.ts";
import { drugTitle, drugUrl } from "../../_includes/components/drug.ts";

export const data = {
  pagination: { data: "programs", size: 1, alias: "program", resolve: "values", addAllPagesToCollections: true },
  pageKind: "program",
  permalink: (data: { program: Program }) => pageUrl("program", data.program.slug),
  eleventyComputed: { title: (data: { program: Program }) => data.program.name },
};

export default function render(data: SiteData & { program: Program }): string {
  const { program, sources: registry } = data;
  const related = (program.relatedDrugs ?? []).map((slug) => data.drugs[slug]).filter((drug) => drug !== undefined);
  const sections: Array<ArticleSection & { cites?: keyof ProgramCitations }> = [
    {
      id: "in-short",
      title: "In short",
      cites: "about",
      body: html`${prose(program.summary)}<p class="meta">Run by ${program.runBy}. Started: ${program.started}.</p>`,
    },
    { id: "who-it-is-for", title: "Who it is for", cites: "whoItIsFor", body: prose(program.whoItIsFor) },
    { id: "what-it-does", title: "What it does", cites: "whatItDoes", body: prose(program.whatItDoes) },
    { id: "results", title: "Results so far", cites: "results", body: prose(program.results) },
  ];
  if (program.howToTakePart) sections.push({ id: "take-part", title: "How to take part", cites: "howToTakePart", body: prose(program.howToTakePart) });
  if (related.length > 0) {
    sections.push({
      id: "related",
      title: "Related treatments",
      body: html`<ul class="link-list">${related.map((drug) => html`<li><a href="${drugUrl(drug)}">${drugTitle(drug)}</a></li>`)}</ul>`,
    });
  }

  const cited = withCitations(sections, program.sources, registry);
  const allIds = cited.citedIds;
  const body = reviewedArticle("program", program.name, cited.sections, { ...program, newestSource: newestSourceDate(allIds, registry) });

  return renderPage(data, {
    description: program.summary.replace(/\s+/g, " "),
    trail: [
      { title: "Programs", url: pageUrl("list", "programs") },
      { title: program.name, url: data.page.url },
    ],
    body,
    structuredData: programStructuredData(program, data.site, registry, allIds),
  });
}
