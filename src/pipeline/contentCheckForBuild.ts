/**
 * The build's content check: every content problem at once, and the review-date warnings. The build runs it
 * in a worker thread (contentCheckWorker.ts, started by contentCheck.ts) while Eleventy renders on the main
 * thread, which therefore never loads this module and the checks it brings (about half a second).
 */
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

/** What the build needs from the content check (small enough to pass between threads). */
export interface BuildContentCheck {
  /** Worth a maintainer's look; the site is still built. */
  warnings: ContentProblem[];
  /** Drugs and programs past their review date. */
  overdue: ContentProblem[];
  /** The published posts' addresses, newest first (the service worker saves the newest first). */
  newestPosts: string[];
}

/** Every content problem stops the build (a `ContentError`); the rest is what the build goes on with. */
export async function checkContentForBuild(root: string): Promise<BuildContentCheck> {
  const today = siteToday(); // first, so a bad SITE_TODAY stops the build before the content is read
  const content = await checkContent(root, contentBodyChecks);
  if (content.problems.length > 0) throw new ContentError(content.problems);
  const newestPosts = content.posts
    .filter((post) => post.frontMatter.draft !== true)
    .sort((a, b) => b.frontMatter.date.localeCompare(a.frontMatter.date))
    .map((post) => post.url);
  return { warnings: content.warnings, overdue: overdueReviews(content, today), newestPosts };
}

/** The worker's one message: the check, or the content problems that stop the build. */
export type ContentCheckMessage = { check: BuildContentCheck } | { problems: ContentProblem[] };
