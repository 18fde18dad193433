/**
 * The site's clock (`src/helpers/today.ts`): today is `SITE_TODAY` when set, the system date otherwise,
 * and a value that is not a real YYYY-MM-DD date is refused with a message naming it.
 */
import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isPast } from "../../../src/helpers/dates.ts";
import { siteToday, todayNote } from "../../../src/helpers/today.ts";

const systemClock = () => DateTime.fromISO("2026-11-21T23:59:30", { zone: "utc" });

describe("siteToday", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("without SITE_TODAY (or with it empty) is the system clock's day, at midnight UTC", () => {
    for (const env of [{}, { SITE_TODAY: "" }]) {
      const today = siteToday(env, systemClock);
      expect(today.toISO()).toBe("2026-11-21T00:00:00.000Z");
    }
    expect(todayNote({})).toBeUndefined();
  });

  it("with SITE_TODAY is that day, at midnight UTC, whatever the system clock says", () => {
    const today = siteToday({ SITE_TODAY: "2027-06-03" }, systemClock);
    expect(today.toISO()).toBe("2027-06-03T00:00:00.000Z");
    expect(todayNote({ SITE_TODAY: "2027-06-03" })).toBe("Review dates are judged as of 2027-06-03 (set by SITE_TODAY), not the system date.");
  });

  it("refuses a value that is not a real YYYY-MM-DD date, naming it", () => {
    for (const value of ["2027-13-01", "2027-02-30", "2027-6-3", "03/06/2027", "2027-06-03T10:00", "tomorrow", " 2027-06-03"]) {
      const message = `SITE_TODAY: ${JSON.stringify(value)} is not a date (expected YYYY-MM-DD, such as 2027-06-03, or leave it unset to use today's date)`;
      expect(() => siteToday({ SITE_TODAY: value }), value).toThrow(message);
      expect(() => todayNote({ SITE_TODAY: value }), value).toThrow(message);
    }
  });

  it("is what isPast compares with: a date is past from the day after it", () => {
    vi.stubEnv("SITE_TODAY", "2027-06-03");
    expect(isPast("2027-06-02")).toBe(true);
    expect(isPast("2027-06-03")).toBe(false);
    expect(isPast("2027-06-04")).toBe(false);
    vi.stubEnv("SITE_TODAY", "2020-01-01");
    expect(isPast("2027-06-02")).toBe(false);
  });
});
