/** Every date on the site is formatted here, with luxon, in UTC so a build gives the same text anywhere. */
import { DateTime } from "luxon";
import { siteToday } from "./today.ts";

function fromIso(iso: string): DateTime {
  const date = DateTime.fromISO(iso, { zone: "utc" });
  if (!date.isValid) throw new Error(`Not a date: ${JSON.stringify(iso)}`);
  return date;
}

function toDateTime(value: string | Date): DateTime {
  return value instanceof Date ? DateTime.fromJSDate(value, { zone: "utc" }) : fromIso(value);
}

/** The languages dates are written in: their BCP 47 locale (`src/model/languages.ts` names the same ones). */
export type DateLanguage = "en" | "es";
const locales: Record<DateLanguage, string> = { en: "en-US", es: "es-US" };

/** Formatted dates by language and value: lists of thousands of posts repeat the same days. */
const readableByDay = new Map<string, string>();

/**
 * "2023-04-25" -> "April 25, 2023" (or "25 de abril de 2023" in Spanish, through luxon and the platform's
 * own locale data): the month in words, so a date is never ambiguous.
 */
export function readableDate(value: string | Date, lang: DateLanguage = "en"): string {
  const key = `${lang}:${value instanceof Date ? value.toISOString() : value}`;
  let text = readableByDay.get(key);
  if (text === undefined) {
    const date = toDateTime(value);
    text = lang === "en" ? date.toFormat("LLLL d, yyyy") : date.setLocale(locales[lang]).toLocaleString(DateTime.DATE_FULL);
    readableByDay.set(key, text);
  }
  return text;
}

const isoByValue = new Map<string, string>();

/** "2023-04-25" or a Date -> "2023-04-25", for `<time datetime>` and JSON-LD. */
export function isoDate(value: string | Date): string {
  const key = value instanceof Date ? value.toISOString() : value;
  let text = isoByValue.get(key);
  if (text === undefined) {
    text = toDateTime(value).toISODate() ?? "";
    isoByValue.set(key, text);
  }
  return text;
}

/** A date as precise as its source: "2019" -> "2019", "2022-05" -> "May 2022" ("mayo de 2022"), "2023-04-25" -> "April 25, 2023". */
export function partialDate(value: string, lang: DateLanguage = "en"): string {
  const parts = value.split("-");
  if (parts.length === 1) return fromIso(value).toFormat("yyyy");
  if (parts.length === 2) {
    const month = fromIso(`${value}-01`);
    return lang === "en" ? month.toFormat("LLLL yyyy") : month.setLocale(locales[lang]).toLocaleString({ month: "long", year: "numeric" });
  }
  return readableDate(value, lang);
}

/** True when `date` (YYYY-MM-DD) is before today (the site's clock, `src/helpers/today.ts`), or before `today` when given. */
export function isPast(date: string, today: DateTime = siteToday()): boolean {
  return fromIso(date) < today;
}
