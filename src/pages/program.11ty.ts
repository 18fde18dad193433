/** `/programs/<slug>/`: one page per program file. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import type { Program } from "../_config/schemas/program.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { prose, reviewedArticle, sourcesList, type ArticleSection } from "../../_includes/components/sections.ts";
import { programStructuredData } from "../../_includes/components/program.ts";
import { drugTitle, drugUrl } from "../../_includes/components/drug.ts";

export const data = {
  pagination: { data: "programs", size: 1, alias: "program", resolve: "values", addAllPagesToCollections: true },
  permalink: (data: { program: Program }) => `/programs/${data.program.slug}/`,
  pageType: "program",
};

export default function render(data: SiteData & { program: Program }): string {
  const { program } = data;
  const related = (program.relatedDrugs ?? []).map((slug) => data.drugs[slug]).filter((drug) => drug !== undefined);
  const sections: ArticleSection[] = [
    { id: "in-short", title: "In short", body: html`${prose(program.summary)}<p class="meta">Run by ${program.runBy}. Started: ${program.started}.</p>` },
    { id: "who-it-is-for", title: "Who it is for", body: prose(program.whoItIsFor) },
    { id: "what-it-does", title: "What it does", body: prose(program.whatItDoes) },
    { id: "results", title: "Results so far", body: prose(program.results) },
  ];
  if (program.howToTakePart) sections.push({ id: "take-part", title: "How to take part", body: prose(program.howToTakePart) });
  if (related.length > 0) {
    sections.push({
      id: "related",
      title: "Related treatments",
      body: html`<ul class="link-list">${related.map((drug) => html`<li><a href="${drugUrl(drug)}">${drugTitle(drug)}</a></li>`)}</ul>`,
    });
  }
  sections.push({ id: "sources", title: "Sources", body: sourcesList(program.sources) });

  const body = reviewedArticle("program", program.name, sections, program);

  return renderPage(data, {
    title: program.name,
    description: program.summary.replace(/\s+/g, " "),
    trail: [
      { title: "Programs", url: "/programs/" },
      { title: program.name, url: data.page.url },
    ],
    body,
    structuredData: programStructuredData(program, data.site),
    search: { type: "program" },
  });
}
