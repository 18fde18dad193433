import { describe, expect, it } from "vitest";
import { fernandezHuerta, spanishReadability, spanishSyllables } from "../../../../src/model/checks/spanishReadability.ts";

describe("Spanish syllables", () => {
  it.each([
    ["amigo", 3],
    ["esclerosis", 4],
    ["amiotrófica", 5],
    ["tratamiento", 4],
    ["día", 2],
    ["oído", 3],
    ["poeta", 3],
    ["ciudad", 2],
    ["guitarra", 3],
    ["que", 1],
    ["ley", 1],
    ["pingüino", 3],
    ["2023", 1],
  ])("%s has %i", (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe("Fernández-Huerta reading ease", () => {
  it("is 206.84 − 60 × syllables per word − 1.02 × words per sentence", () => {
    expect(fernandezHuerta({ sentence: 1, word: 10, syllable: 20 })).toBeCloseTo(206.84 - 120 - 10.2);
  });

  it("scores short, plain sentences as easier than long, technical ones, and names the hardest", () => {
    const plain = spanishReadability("El medicamento se toma por la boca. Pregunte a su médico.")!;
    const hard = spanishReadability(
      "La administración intratecal de oligonucleótidos antisentido disminuye significativamente la concentración plasmática de neurofilamentos en pacientes con esclerosis lateral amiotrófica.",
    )!;
    expect(plain.ease).toBeGreaterThan(hard.ease);
    expect(hard.hardestSentence).toContain("oligonucleótidos");
    expect(spanishReadability("")).toBeUndefined();
  });
});
