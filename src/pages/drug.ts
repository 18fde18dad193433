/**
 * `/drugs/<slug>/` and `/es/drugs/<slug>/`: one page per drug file, its sections always in the same order,
 * each naming its sources. The Spanish page exists when the drug has a translation (`_data/es/drugs/`); its
 * facts (status, dates, sources) come from the English file, its prose from the translation.
 */
import { html, type SafeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { numberedForPairing, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import type { Drug, DrugCitations } from "../model/schemas/drug.ts";
import { newestSourceDate } from "../model/checks/citations.ts";
import { localDrug } from "../model/localContent.ts";
import { dataFolder } from "../model/paths.ts";
import { lastCommitDate } from "../helpers/gitDates.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { reviewedArticle, timeElement, type ArticleSection } from "../../_includes/components/sections.ts";
import { localText } from "../../_includes/components/localText.ts";
import { withCitations } from "../../_includes/components/citations.ts";
import { drugStructuredData, drugTitle, statusBadge, statusSentence } from "../../_includes/components/drug.ts";
import { translationNotice } from "../../_includes/components/translationNotice.ts";

interface DrugSection extends ArticleSection {
  /** The citation list (in the drug's `sources`) this section shows. */
  cites?: keyof DrugCitations;
}

type DrugPageData = SiteData & { drug: Drug };

export default function drugPage(lang: Lang) {
  const t = strings(lang).drug;
  return {
    data: {
      pagination: {
        data: "drugs",
        size: 1,
        alias: "drug",
        resolve: "values",
        addAllPagesToCollections: true,
        // Items keep their place in the English list (for pairing), then a language keeps those it has translated.
        before: (drugs: Drug[], data: DrugPageData) => numberedForPairing(drugs).filter((drug) => localDrug(data, drug, lang)),
      },
      pageKind: "drug",
      permalink: (data: DrugPageData) => pageUrl("drug", data.drug.slug, lang),
      eleventyComputed: { title: (data: DrugPageData) => drugTitle(data.drug) },
    },
    render(this: TemplateContext, data: DrugPageData): string {
      const entry = localDrug(data, data.drug, lang);
      if (!entry) throw new Error(`${data.drug.slug}: no ${lang} translation (pagination keeps only translated drugs)`);
      const drug = entry.value;
      const { sources: registry } = data;
      const { prose: text, phrase, items } = localText(entry.inEnglish, lang);
      const list = (path: string, values: readonly string[]) => html`<ul>${items(path, values)}</ul>`;
      const given = drug.howItIsGiven;
      const status = html`<p>${statusBadge(drug.status, lang)} ${statusSentence(drug, lang)}</p>`;

      const { warnings, common, note } = drug.sideEffects;
      const sideEffects: SafeHtml =
        warnings.length + common.length === 0
          ? html`<p>${t.noSideEffects(drug.genericName, drug.status === "in-development" || drug.status === "stopped")}</p>${note ? text("sideEffects.note", note) : ""}`
          : html`${warnings.length > 0 ? html`<h3>${t.warnings}</h3>${list("sideEffects.warnings", warnings)}` : ""}${
              common.length > 0 ? html`<h3>${t.common}</h3>${list("sideEffects.common", common)}` : ""
            }${note ? text("sideEffects.note", note) : ""}`;

      const sections: DrugSection[] = [
        { id: "in-short", title: t.inShort, body: html`${text("summary", drug.summary)}${status}` },
        { id: "who-it-is-for", title: t.whoItIsFor, cites: "whoItIsFor", body: html`${text("whoItIsFor", drug.whoItIsFor)}<p>${t.askCareTeam}</p>` },
        { id: "how-it-works", title: t.howItWorks, cites: "howItWorks", body: text("howItWorks", drug.howItWorks) },
        {
          id: "how-it-is-given",
          title: t.howItIsGiven,
          cites: "howItIsGiven",
          body: html`<dl class="facts">
<div><dt>${t.route}</dt><dd>${phrase("howItIsGiven.route", given.route)}</dd></div>
<div><dt>${t.dose}</dt><dd>${phrase("howItIsGiven.dose", given.dose)}</dd></div>
<div><dt>${t.schedule}</dt><dd>${phrase("howItIsGiven.schedule", given.schedule)}</dd></div>
${given.whoGivesIt ? html`<div><dt>${t.whoGivesIt}</dt><dd>${phrase("howItIsGiven.whoGivesIt", given.whoGivesIt)}</dd></div>` : ""}
</dl>`,
        },
        { id: "evidence", title: t.evidence, cites: "evidence", body: text("evidence", drug.evidence) },
        { id: "side-effects", title: t.sideEffects, cites: "sideEffects", body: sideEffects },
      ];
      if (drug.monitoring && drug.monitoring.length > 0) {
        sections.push({ id: "tests", title: t.tests, cites: "monitoring", body: list("monitoring", drug.monitoring) });
      }
      sections.push(
        {
          id: "cost",
          title: t.cost,
          cites: "cost",
          body: drug.cost ? text("cost", drug.cost) : html`<p>${t.noCost(drug.genericName)}</p>`,
        },
        {
          id: "status",
          title: t.status,
          cites: "status",
          body: html`${status}${
            drug.timeline && drug.timeline.length > 0
              ? html`<ol class="timeline">${drug.timeline.map((event, index) => html`<li>${timeElement(event.date, lang)}: ${phrase(`timeline.${index}`, event.event)}</li>`)}</ol>`
              : ""
          }`,
        },
        {
          id: "questions",
          title: t.questions,
          body: html`<ul class="questions">${items("questions", drug.questions, false)}</ul>`,
          // Printed as a handout: the questions stay on one sheet.
          className: "keep-together",
        },
      );

      const cited = withCitations(sections, drug.sources, registry, lang);
      const allIds = cited.citedIds;
      const notice = translationNotice(entry.state, pageUrl("drug", drug.slug), () => lastCommitDate(`${dataFolder}/drugs/${drug.slug}.ts`), lang);
      const body = reviewedArticle("drug", drugTitle(drug), cited.sections, { ...drug, newestSource: newestSourceDate(allIds, registry) }, lang, notice);

      return renderPage(this, data, {
        description: drug.summary.replace(/\s+/g, " "),
        trail: [
          { title: strings(lang).sections.drugs, url: pageUrl("list", "drugs", lang) },
          { title: drug.genericName, url: data.page.url },
        ],
        body,
        structuredData: drugStructuredData(drug, data.site, registry, allIds, lang),
        searchFilters: { status: drug.status },
      });
    },
  };
}
