import { describe, expect, it } from "vitest";
import { readability } from "../../../../src/model/checks/readability.ts";

describe("reading grade", () => {
  it("counts a word's syllables the same in any case, whichever case it was first seen in", () => {
    const lower = readability("families often choose a wheelchair together with the clinic team.");
    const upper = readability("FAMILIES OFTEN CHOOSE A WHEELCHAIR TOGETHER WITH THE CLINIC TEAM.");
    const mixed = readability("Families Often Choose A Wheelchair Together With The Clinic Team.");
    expect(lower?.grade).toBeGreaterThan(0);
    expect(upper?.grade).toBe(lower?.grade);
    expect(mixed?.grade).toBe(lower?.grade);
  });

  it("reads a number as one word of one syllable", () => {
    const withNumber = readability("About 14,230 people joined the study in 2023 across the country.");
    const withShortWords = readability("About cats people joined the study in dogs across the country.");
    expect(withNumber?.words).toBe(11);
    expect(withNumber?.grade).toBe(withShortWords?.grade);
  });

  it("gives no grade for text without words", () => {
    expect(readability("---")).toBeUndefined();
  });
});
