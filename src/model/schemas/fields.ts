/**
 * Field builders shared by every content schema.
 *
 * Each builder carries its own error message, written for a maintainer who is not a programmer:
 * it says what was found and what was expected, so the build can print
 * `file: field: "found" is not … (expected …)` with nothing else to look up.
 */
import { DateTime } from "luxon";
import { z } from "zod";

/** Shows a found value the way a maintainer typed it. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString().slice(0, 10));
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only for what JSON cannot show (a BigInt, a cycle): String() is the best left
    return String(value);
  }
}

function missingOr(input: unknown, expected: string, wrong: string): string {
  return input === undefined ? `is missing (expected ${expected})` : `${show(input)} ${wrong} (expected ${expected})`;
}

/** Non-empty text. */
export function text(expected = "some text") {
  return z
    .string({ error: (issue) => missingOr(issue.input, expected, "is not text") })
    .trim()
    .min(1, { error: () => `is empty (expected ${expected})` });
}

/** A calendar date written as YYYY-MM-DD that exists (no 30 February). */
export const isoDate = z
  .string({ error: (issue) => missingOr(issue.input, "a date written YYYY-MM-DD, in quotes", "is not a date") })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: "utc" }).isValid, {
    error: (issue) => `${show(issue.input)} is not a date (expected YYYY-MM-DD)`,
  });

/**
 * A date that may be only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD
 * (a source may say only "2019" or "May 2022"; we never invent the missing day).
 */
export const partialDate = z
  .string({ error: (issue) => missingOr(issue.input, "a date written YYYY, YYYY-MM or YYYY-MM-DD, in quotes", "is not a date") })
  .refine(
    (value) => {
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return false;
      const [year, month = "01", day = "01"] = value.split("-");
      return DateTime.fromISO(`${year}-${month}-${day}`, { zone: "utc" }).isValid;
    },
    { error: (issue) => `${show(issue.input)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)` },
  );

/** A web address starting with https:// (or http://). */
export const webUrl = z
  .string({ error: (issue) => missingOr(issue.input, "a web address starting with https://", "is not a web address") })
  .refine((value) => /^https?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    error: (issue) => `${show(issue.input)} is not a web address (expected one starting with https://)`,
  });

/** A list of non-empty text items; `min` items at least. */
export function textList(expected: string, min = 0) {
  return z
    .array(text(expected), { error: (issue) => missingOr(issue.input, `a list of ${expected}`, "is not a list") })
    .min(min, { error: () => `is empty (expected at least ${min} ${expected})` });
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) => missingOr(issue.input, `one of ${values.join(", ")}`, `is not a known ${what}`),
  });
}

/**
 * An object that rejects keys it does not know, naming them and the keys it does know,
 * so a typo such as `titel:` is caught instead of silently ignored.
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const known = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys") {
        return `${issue.keys.map((key) => JSON.stringify(key)).join(", ")} ${issue.keys.length === 1 ? "is not a known field" : "are not known fields"} of ${what} (expected only: ${known})`;
      }
      return missingOr(issue.input, what, "is not a set of fields");
    },
  });
}

/** Review dates: when a page was last checked against its sources and when it must be checked again. */
export const reviewFields = {
  lastReviewed: isoDate,
  nextReview: isoDate,
};

/**
 * Adds the checks that the next review comes after the last one, and no more than `maxMonths` later:
 * pages about fast-moving facts (drugs in trials) are checked more often.
 */
export function reviewOrder<T extends { lastReviewed: string; nextReview: string }>(value: T, ctx: z.RefinementCtx, maxMonths = 12, why = ""): void {
  if (value.nextReview <= value.lastReviewed) {
    ctx.addIssue({
      code: "custom",
      path: ["nextReview"],
      input: value.nextReview,
      message: `${show(value.nextReview)} is not after lastReviewed ${show(value.lastReviewed)} (expected a later date)`,
    });
    return;
  }
  const latest = DateTime.fromISO(value.lastReviewed, { zone: "utc" }).plus({ months: maxMonths }).toISODate()!;
  if (value.nextReview > latest) {
    ctx.addIssue({
      code: "custom",
      path: ["nextReview"],
      input: value.nextReview,
      message: `${show(value.nextReview)} is more than ${maxMonths} months after lastReviewed ${show(value.lastReviewed)}${why} (expected ${show(latest)} or earlier)`,
    });
  }
}

/**
 * "What changed": a dated line for each change to a medical fact on the page, newest last, like a
 * corrections notice. A review that changes nothing adds no line.
 */
export const changesList = z.array(
  strictObject(
    {
      date: isoDate,
      change: text('what changed, in one plain sentence, e.g. "Corrected the length of the Italian study to at least 48 weeks."'),
    },
    "a change (date and change)",
  ),
  { error: () => "is not a list (expected a list of { date, change })" },
);
export type Change = z.infer<typeof changesList>[number];
