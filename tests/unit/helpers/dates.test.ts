import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { isoDate, isPast, partialDate, readableDate } from "../../../src/helpers/dates.ts";

describe("date filters", () => {
  it("formats a day unambiguously", () => {
    expect(readableDate("2023-04-25")).toBe("April 25, 2023");
    expect(readableDate(new Date(Date.UTC(1995, 11, 12)))).toBe("December 12, 1995");
  });

  it("keeps a source's precision", () => {
    expect(partialDate("2019")).toBe("2019");
    expect(partialDate("2022-05")).toBe("May 2022");
    expect(partialDate("2024-03-08")).toBe("March 8, 2024");
  });

  it("writes machine dates for <time datetime>", () => {
    expect(isoDate(new Date(Date.UTC(2024, 0, 5)))).toBe("2024-01-05");
    expect(isoDate("2024-01-05")).toBe("2024-01-05");
  });

  it("rejects impossible dates instead of rolling them over", () => {
    expect(() => readableDate("2024-13-40")).toThrow(/Not a date/);
  });

  it("knows when a date has passed", () => {
    const today = DateTime.fromISO("2026-11-21", { zone: "utc" });
    expect(isPast("2026-11-20", today)).toBe(true);
    expect(isPast("2026-11-21", today)).toBe(false);
  });
});

describe("dates in Spanish", () => {
  it("write the day and month in words, the Spanish way (luxon, es-US)", () => {
    expect(readableDate("2023-04-25", "es")).toBe("25 de abril de 2023");
    expect(partialDate("2021-11", "es")).toBe("noviembre de 2021");
    expect(partialDate("2019", "es")).toBe("2019");
    expect(readableDate("2023-04-25")).toBe("April 25, 2023");
  });
});
