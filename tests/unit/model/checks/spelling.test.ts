import { describe, expect, it } from "vitest";
import { britishSpellings } from "../../../../src/model/checks/spelling.ts";

describe("US spelling", () => {
  it("names British spellings with the US form to use", () => {
    expect(britishSpellings("Genetic counselling helps; the colours of the centre were favourable.")).toEqual([
      { found: "colours", us: "color" },
      { found: "favourable", us: "favor" },
      { found: "centre", us: "center" },
      { found: "counselling", us: "counseling, counselor" },
    ]);
    expect(britishSpellings("The trial was randomised and stabilised.").map((note) => note.found)).toEqual(["randomised"]);
  });

  it("accepts US English, and words that only look alike", () => {
    expect(britishSpellings("Genetic counseling at the center; analysis of behavior, colorful programs, an organ.")).toEqual([]);
  });
});
