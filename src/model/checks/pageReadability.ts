/**
 * Reading grades of each drug, program and post: the "In short" summary and the page's prose as a whole.
 * `npm run check` prints them; the build warns when a summary reads above grade 8 or a page above grade 9.
 */
import type { Drug } from "../schemas/drug.ts";
import type { Program } from "../schemas/program.ts";
import { dataFolder } from "../paths.ts";
import { pageGradeLimit, readability, summaryGradeLimit, type Readability } from "./readability.ts";
import type { ContentProblem } from "./problems.ts";
import { spanishPageEaseLimit, spanishReadability, spanishSummaryEaseLimit, type ReadingEase } from "./spanishReadability.ts";

export interface PageReading {
  file: string;
  summary: Readability | undefined;
  prose: Readability | undefined;
}

/** Lists become one markdown list, so each item reads as its own sentence. */
function list(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => `- ${item}`).join("\n");
}

export function drugProse(drug: Drug): string {
  const given = drug.howItIsGiven;
  return [
    drug.summary,
    drug.whoItIsFor,
    drug.howItWorks,
    list([given.route, given.dose, given.schedule, ...(given.whoGivesIt ? [given.whoGivesIt] : [])]),
    drug.evidence,
    list(drug.sideEffects.warnings),
    list(drug.sideEffects.common),
    drug.sideEffects.note ?? "",
    list(drug.monitoring),
    drug.cost ?? "",
    list(drug.questions),
  ].join("\n\n");
}

export function programProse(program: Program): string {
  return [program.summary, program.whoItIsFor, program.whatItDoes, program.results, program.howToTakePart ?? ""].join("\n\n");
}

export function pageReadings(content: { drugs: Drug[]; programs: Program[]; posts: Array<{ file: string; summary: string; body: string }> }): PageReading[] {
  return [
    ...content.drugs.map((drug) => ({ file: `${dataFolder}/drugs/${drug.slug}.ts`, summary: readability(drug.summary), prose: readability(drugProse(drug)) })),
    ...content.programs.map((program) => ({
      file: `${dataFolder}/programs/${program.slug}.ts`,
      summary: readability(program.summary),
      prose: readability(programProse(program)),
    })),
    ...content.posts.map((post) => ({ file: post.file, summary: readability(post.summary), prose: readability(`${post.summary}\n\n${post.body}`) })),
  ];
}

function hardest(reading: Readability): string {
  return `hardest sentence, grade ${reading.hardestGrade}: "${reading.hardestSentence.length > 120 ? `${reading.hardestSentence.slice(0, 117)}...` : reading.hardestSentence}"`;
}

/** Warnings for summaries above grade 8 and pages above grade 9. */
export function readabilityWarnings(readings: PageReading[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const reading of readings) {
    if (reading.summary && reading.summary.grade > summaryGradeLimit) {
      warnings.push({
        file: reading.file,
        field: "summary",
        message: `"In short" reads at grade ${reading.summary.grade} (expected grade ${summaryGradeLimit} or below: shorter sentences and everyday words; ${hardest(reading.summary)})`,
      });
    }
    if (reading.prose && reading.prose.grade > pageGradeLimit) {
      warnings.push({
        file: reading.file,
        field: "(whole page)",
        message: `reads at grade ${reading.prose.grade} (expected grade ${pageGradeLimit} or below; ${hardest(reading.prose)})`,
      });
    }
  }
  return warnings;
}

/** One line per page for `npm run check`: "grade 7.2 (summary 6.1) file — hardest: ...". */
export function readingReport(readings: PageReading[]): string[] {
  return readings.map((reading) => {
    const grade = reading.prose ? reading.prose.grade.toFixed(1) : "-";
    const summary = reading.summary ? reading.summary.grade.toFixed(1) : "-";
    const sentence = reading.prose ? `; ${hardest(reading.prose)}` : "";
    return `  grade ${grade.padStart(4)} (In short ${summary.padStart(4)})  ${reading.file}${sentence}`;
  });
}

export interface SpanishReading {
  file: string;
  summary: ReadingEase | undefined;
  prose: ReadingEase | undefined;
}

/** Reading ease (Fernández-Huerta) of each translated page's "In short" and of the whole page. */
export function spanishReadings(pages: ReadonlyArray<{ file: string; summary: string; prose: string }>): SpanishReading[] {
  return pages.map((page) => ({ file: page.file, summary: spanishReadability(page.summary), prose: spanishReadability(page.prose) }));
}

function hardestEase(reading: ReadingEase): string {
  const sentence = reading.hardestSentence.length > 120 ? `${reading.hardestSentence.slice(0, 117)}...` : reading.hardestSentence;
  return `hardest sentence, ease ${reading.hardestEase}: "${sentence}"`;
}

/** Warnings for Spanish summaries below ease 60 and pages below 55 (lower is harder). */
export function spanishReadabilityWarnings(readings: SpanishReading[]): ContentProblem[] {
  return readings.flatMap((reading): ContentProblem[] => [
    ...(reading.summary && reading.summary.ease < spanishSummaryEaseLimit
      ? [
          {
            file: reading.file,
            field: "summary",
            message: `"En resumen" reads at ease ${reading.summary.ease} (expected ${spanishSummaryEaseLimit} or more on the Fernández-Huerta scale: shorter sentences and everyday words; ${hardestEase(reading.summary)})`,
          },
        ]
      : []),
    ...(reading.prose && reading.prose.ease < spanishPageEaseLimit
      ? [
          {
            file: reading.file,
            field: "(whole page)",
            message: `reads at ease ${reading.prose.ease} (expected ${spanishPageEaseLimit} or more on the Fernández-Huerta scale; ${hardestEase(reading.prose)})`,
          },
        ]
      : []),
  ]);
}

/** One line per translated page for `npm run check`: "ease 68.1 (In short 74.0) file — hardest: ...". */
export function spanishReadingReport(readings: SpanishReading[]): string[] {
  return readings.map((reading) => {
    const ease = reading.prose ? reading.prose.ease.toFixed(1) : "-";
    const summary = reading.summary ? reading.summary.ease.toFixed(1) : "-";
    return `  ease ${ease.padStart(5)} (En resumen ${summary.padStart(5)})  ${reading.file}${reading.prose ? `; ${hardestEase(reading.prose)}` : ""}`;
  });
}
