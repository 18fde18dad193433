/**
 * `npm run check`: checks all content without building any HTML — every post, drug, program, the
 * glossary and the site settings — and prints every problem at once, one line each:
 *
 *   src/posts/en/my-post.md: date: "2024-13-40" is not a date (expected YYYY-MM-DD)
 *
 * Pages past their review date are listed as warnings (with --strict they count as problems, as in
 * `npm run build -- --strict`). Exits with 1 when there is a problem, so CI can use it too.
 */
import { checkContent } from "../src/model/checks/checkContent.ts";
import { contentBodyChecks } from "../src/model/checks/bodyChecks.ts";
import { formatProblem, type ContentProblem } from "../src/model/checks/problems.ts";
import { overdueReviews } from "../src/pipeline/contentCheckForBuild.ts";
import { readingReport, spanishReadingReport } from "../src/model/checks/pageReadability.ts";
import { spanishPageEaseLimit, spanishSummaryEaseLimit } from "../src/model/checks/spanishReadability.ts";
import { pageGradeLimit, summaryGradeLimit } from "../src/model/checks/readability.ts";
import { siteToday, todayNote } from "../src/helpers/today.ts";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export async function runCheck(
  root: string,
  strict: boolean,
): Promise<{ problems: ContentProblem[]; overdue: ContentProblem[]; warnings: ContentProblem[]; lines: string[] }> {
  const today = siteToday(); // first, so a bad SITE_TODAY stops the check before the content is read
  const content = await checkContent(root, contentBodyChecks, { allowTodos: false });
  const overdue = overdueReviews(content, today);
  const problems = strict ? [...content.problems, ...overdue] : content.problems;
  const note = todayNote();
  const lines: string[] = [
    ...(note ? [note, ""] : []),
    `Reading grade of each page (Flesch-Kincaid; aim for ${summaryGradeLimit} or below for "In short", ${pageGradeLimit} or below for the page):`,
    ...readingReport(content.readings),
    "",
    `Reading ease of each Spanish page (Fernández-Huerta, 0 to 100, higher is easier; aim for ${spanishSummaryEaseLimit} or more for "En resumen", ${spanishPageEaseLimit} or more for the page):`,
    ...spanishReadingReport(content.spanishReadings),
    "",
  ];

  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    lines.push(`${plural(problems.length, "problem")} in ${plural(files, "file")}:`, "");
    lines.push(...problems.map(formatProblem), "");
  }
  if (content.warnings.length > 0) {
    lines.push(`Warning: ${plural(content.warnings.length, "thing")} worth a look (they do not stop the build):`, "");
    lines.push(...content.warnings.map(formatProblem), "");
  }
  if (!strict && overdue.length > 0) {
    lines.push(`Warning: ${plural(overdue.length, "page")} past the review date (readers see an "out of date" notice):`, "");
    lines.push(...overdue.map(formatProblem), "");
  }
  if (problems.length > 0) {
    lines.push(
      "Each line names the file, then the field, then what is wrong and (in brackets) what was expected.",
      "Fix them all, then run `npm run check` again. CONTRIBUTING.md explains each check.",
    );
  } else {
    lines.push(
      `All content is fine: ${plural(content.posts.length, "post")}, ${plural(content.drugs.length, "drug")}, ${plural(content.programs.length, "program")}.`,
    );
  }
  return { problems, overdue, warnings: content.warnings, lines };
}

/** The command line: nothing, or --strict. */
export function parseCheckArguments(argv: string[]): { strict: boolean } {
  const { values } = parseCliArguments(argv, { strict: { type: "boolean", default: false } }, "nothing, or --strict");
  return { strict: values.strict };
}

async function main(): Promise<void> {
  const { strict } = parseCheckArguments(process.argv.slice(2));
  const { problems, lines } = await runCheck(process.cwd(), strict);
  (problems.length > 0 ? console.error : console.log)(lines.join("\n"));
  if (problems.length > 0) process.exitCode = 1;
}

if (isMainModule(import.meta.url)) await runCli(main);
