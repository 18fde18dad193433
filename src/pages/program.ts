/**
 * `/programs/<slug>/` and `/es/programs/<slug>/`: one page per program file, each section naming its
 * sources. The Spanish page exists when the program has a translation (`_data/es/programs/`).
 */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { numberedForPairing, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import type { Program, ProgramCitations } from "../model/schemas/program.ts";
import { newestSourceDate } from "../model/checks/citations.ts";
import { localDrug, localProgram } from "../model/localContent.ts";
import { dataFolder } from "../model/paths.ts";
import { lastCommitDate } from "../helpers/gitDates.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { reviewedArticle, type ArticleSection } from "../../_includes/components/sections.ts";
import { localText } from "../../_includes/components/localText.ts";
import { withCitations } from "../../_includes/components/citations.ts";
import { programName, programStructuredData } from "../../_includes/components/program.ts";
import { drugTitle, drugUrl } from "../../_includes/components/drug.ts";
import { translationNotice } from "../../_includes/components/translationNotice.ts";

type ProgramPageData = SiteData & { program: Program };

export default function programPage(lang: Lang) {
  const t = strings(lang).program;
  return {
    data: {
      pagination: {
        data: "programs",
        size: 1,
        alias: "program",
        resolve: "values",
        addAllPagesToCollections: true,
        // Items keep their place in the English list (for pairing), then a language keeps those it has translated.
        before: (programs: Program[], data: ProgramPageData) => numberedForPairing(programs).filter((program) => localProgram(data, program, lang)),
      },
      pageKind: "program",
      permalink: (data: ProgramPageData) => pageUrl("program", data.program.slug, lang),
      eleventyComputed: { title: (data: ProgramPageData) => localProgram(data, data.program, lang)?.value.name ?? data.program.name },
    },
    render(this: TemplateContext, data: ProgramPageData): string {
      const entry = localProgram(data, data.program, lang);
      if (!entry) throw new Error(`${data.program.slug}: no ${lang} translation (pagination keeps only translated programs)`);
      const program = entry.value;
      const { sources: registry } = data;
      const { prose: text } = localText(entry.inEnglish, lang);
      const related = (program.relatedDrugs ?? []).flatMap((slug) => {
        const drug = data.drugs[slug];
        return drug && localDrug(data, drug, lang) ? [drug] : [];
      });
      const sections: Array<ArticleSection & { cites?: keyof ProgramCitations }> = [
        {
          id: "in-short",
          title: t.inShort,
          cites: "about",
          body: html`${text("summary", program.summary)}<p class="meta">${t.runBy(program.runBy, program.started)}</p>`,
        },
        { id: "who-it-is-for", title: t.whoItIsFor, cites: "whoItIsFor", body: text("whoItIsFor", program.whoItIsFor) },
        { id: "what-it-does", title: t.whatItDoes, cites: "whatItDoes", body: text("whatItDoes", program.whatItDoes) },
        { id: "results", title: t.results, cites: "results", body: text("results", program.results) },
      ];
      if (program.howToTakePart)
        sections.push({ id: "take-part", title: t.takePart, cites: "howToTakePart", body: text("howToTakePart", program.howToTakePart) });
      if (related.length > 0) {
        sections.push({
          id: "related",
          title: t.related,
          body: html`<ul class="link-list">${related.map((drug) => html`<li><a href="${drugUrl(drug, lang)}">${drugTitle(drug)}</a></li>`)}</ul>`,
        });
      }

      const cited = withCitations(sections, program.sources, registry, lang);
      const allIds = cited.citedIds;
      const notice = translationNotice(entry.state, pageUrl("program", program.slug), () => lastCommitDate(`${dataFolder}/programs/${program.slug}.ts`), lang);
      const body = reviewedArticle(
        "program",
        programName(program, lang, data),
        cited.sections,
        { ...program, newestSource: newestSourceDate(allIds, registry) },
        lang,
        notice,
      );

      return renderPage(this, data, {
        description: program.summary.replace(/\s+/g, " "),
        trail: [
          { title: strings(lang).sections.programs, url: pageUrl("list", "programs", lang) },
          { title: program.name, url: data.page.url },
        ],
        body,
        structuredData: programStructuredData(program, data.site, registry, allIds, lang),
      });
    },
  };
}
