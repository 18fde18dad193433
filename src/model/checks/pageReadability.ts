/**
 * Reading grades of each drug, program and post: the "In short" summary and the page's prose as a whole.
 * `npm run check` prints them; the build warns when a summary reads above grade 8 or a page above grade 9.
 */
import type { Drug } from "../schemas/drug.ts";
import type { Program } from "../schemas/program.ts";
import { dataFolder } from "../paths.ts";
import { pageGradeLimit, readability, summaryGradeLimit, type Readability } from "./readability.ts";
import type { ContentProblem } from "./problems.ts";

export interface PageReading {
  file: string;
  summary: Readability | undefined;
  prose: Readability | undefined;
}

/** Lists become one markdown list, so each item reads as its own sentence. */
function list(items: readonly string[] | undefined): string {
  return (items ?? []).map((item) => `- ${item}`).join("\n");
}

function drugProse(drug: Drug): string {
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

function programProse(program: Program): string {
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
