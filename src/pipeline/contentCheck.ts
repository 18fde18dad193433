/** The build's content check: every content problem at once, and the review-date warnings. */
import type { DateTime } from "luxon";
import { checkContent, type ContentCheck } from "../model/checks/checkContent.ts";
import { contentBodyChecks } from "../model/checks/bodyChecks.ts";
import { ContentError, type ContentProblem } from "../model/checks/problems.ts";
import { isPast, readableDate } from "../helpers/dates.ts";
import { dataFolder } from "../model/paths.ts";
import { siteToday } from "../helpers/today.ts";

/** Drugs and programs whose "next review" date is before today (the site's clock: `SITE_TODAY` or the system date). */
export function overdueReviews(content: ContentCheck, today: DateTime = siteToday()): ContentProblem[] {
  return [
    ...content.drugs.map((drug) => ({ file: `${dataFolder}/drugs/${drug.slug}.ts`, nextReview: drug.nextReview })),
    ...content.programs.map((program) => ({ file: `${dataFolder}/programs/${program.slug}.ts`, nextReview: program.nextReview })),
  ]
    .filter((entry) => isPast(entry.nextReview, today))
    .map((entry) => ({
      file: entry.file,
      field: "nextReview",
      message: `review was due on ${readableDate(entry.nextReview)} (check the facts against the sources, then set lastReviewed to today and nextReview to a later date)`,
    }));
}

export async function checkAllContent(root: string): Promise<{ content: ContentCheck; overdue: ContentProblem[] }> {
  const today = siteToday(); // first, so a bad SITE_TODAY stops the build before the content is read
  const content = await checkContent(root, contentBodyChecks);
  if (content.problems.length > 0) throw new ContentError(content.problems);
  return { content, overdue: overdueReviews(content, today) };
}
