/**
 * The site's clock: the one place that says what "today" is for every "is this past?" decision (the
 * "out of date" notice on a page, and the overdue-review warnings of the build and `npm run check`).
 * It is the system clock's date in UTC, unless `SITE_TODAY=YYYY-MM-DD` is set: tests set it so they do
 * not depend on the real date, and a maintainer can set it to preview what readers will see on a later day.
 */
import { DateTime } from "luxon";

/** The environment variable that sets today's date. */
export const todayVariable = "SITE_TODAY";

/**
 * Today, at the start of the day in UTC: the date in `SITE_TODAY` when it is set (an empty value counts as
 * unset), otherwise the system clock's. A value that is not a real `YYYY-MM-DD` date throws, naming it.
 */
export function siteToday(env: NodeJS.ProcessEnv = process.env, now: () => DateTime = () => DateTime.utc()): DateTime {
  const value = env[todayVariable];
  if (value === undefined || value === "") return now().startOf("day");
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: "utc" }) : undefined;
  if (!date?.isValid) {
    throw new Error(
      `${todayVariable}: ${JSON.stringify(value)} is not a date (expected YYYY-MM-DD, such as 2027-06-03, or leave it unset to use today's date)`,
    );
  }
  return date;
}

/** When `SITE_TODAY` sets today, the line the build and `npm run check` print so nobody mistakes a preview for today. */
export function todayNote(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[todayVariable];
  if (value === undefined || value === "") return undefined;
  return `Review dates are judged as of ${siteToday(env).toISODate()} (set by ${todayVariable}), not the system date.`;
}
