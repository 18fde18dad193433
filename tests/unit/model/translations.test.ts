import { describe, expect, it } from "vitest";
import { localizeProse, numeralsIn, proseHash, sameNumerals, translationState, translationStateOfHash } from "../../../src/model/translations.ts";
import { languageOfPath, languageOfUrl, localizedUrl, numberedForPairing, unlocalizedUrl } from "../../../src/model/languages.ts";

describe("numerals in a text", () => {
  it("reads numbers as written, and leaves out digits inside names", () => {
    expect(numeralsIn("About 2% of ALS; 14,230 dollars; 9.9 points; SOD1 and C9orf72 and VRG50635; mid-2025")).toEqual(["14,230", "2", "2025", "9.9"]);
  });

  it("compares two texts' numerals, in any order, counting repeats", () => {
    expect(sameNumerals("7 people, 48 weeks, 48 more", "48 semanas, 7 personas, 48 más")).toBe(true);
    expect(sameNumerals("100 mg", "90 mg")).toBe(false);
    expect(sameNumerals("48 and 48", "48")).toBe(false);
  });
});

describe("a translation laid over its English prose", () => {
  const english = { summary: "Approved in 2023.", dose: "100 mg each time.", list: ["One", "Two 2"], nested: { note: "Note" } };

  it("uses each translated text whose numbers match", () => {
    const { value, inEnglish } = localizeProse(english, {
      summary: "Aprobado en 2023.",
      dose: "100 mg cada vez.",
      list: ["Uno", "Dos 2"],
      nested: { note: "Nota" },
    });
    expect(value).toEqual({ summary: "Aprobado en 2023.", dose: "100 mg cada vez.", list: ["Uno", "Dos 2"], nested: { note: "Nota" } });
    expect([...inEnglish]).toEqual([]);
  });

  it("keeps the English where a text is missing or its numbers differ, and says which and why", () => {
    const { value, inEnglish } = localizeProse(english, { summary: "Aprobado en 2022.", list: ["Uno"], nested: {} });
    expect(value).toEqual(english);
    expect(Object.fromEntries(inEnglish)).toEqual({ summary: "numbers", dose: "missing", "list.0": "missing", "list.1": "missing", "nested.note": "missing" });
  });
});

describe("translation hashes", () => {
  it("do not depend on the order of keys, and change with any word", () => {
    expect(proseHash({ a: "x", b: ["y"] })).toBe(proseHash({ b: ["y"], a: "x" }));
    expect(proseHash({ a: "x" })).not.toBe(proseHash({ a: "x." }));
    expect(proseHash({ a: "x" })).toMatch(/^[0-9a-f]{12}$/);
  });

  it("tell a current translation from an outdated or unstamped one", () => {
    const prose = { summary: "Text" };
    expect(translationState(proseHash(prose), prose)).toBe("current");
    expect(translationState(proseHash(prose), { summary: "Changed text" })).toBe("outdated");
    expect(translationState("new", prose)).toBe("unstamped");
  });

  it("give the same state from a hash already computed", () => {
    const hash = proseHash({ summary: "Text" });
    expect(translationStateOfHash(hash, hash)).toBe("current");
    expect(translationStateOfHash(hash, proseHash({ summary: "Changed text" }))).toBe("outdated");
    expect(translationStateOfHash("new", hash)).toBe("unstamped");
  });
});

describe("languages and addresses", () => {
  it("finds a page's language from its address or its file", () => {
    expect(languageOfUrl("/es/drugs/")).toBe("es");
    expect(languageOfUrl("/es/")).toBe("es");
    expect(languageOfUrl("/estudios/")).toBe("en");
    expect(languageOfPath("./src/posts/es/x.md")).toBe("es");
    expect(languageOfPath("./src/pages/en/drug.11ty.ts")).toBe("en");
    expect(localizedUrl("/drugs/", "es")).toBe("/es/drugs/");
    expect(unlocalizedUrl("/es/drugs/")).toBe("/drugs/");
    expect(unlocalizedUrl("/es/")).toBe("/");
  });

  it("numbers items by their place in the list, so two languages' pages pair", () => {
    expect(numberedForPairing([{ a: 1 }, { a: 2 }, { a: 3 }], 2).map((item) => item.eleventyPaginationGroupNumber)).toEqual([0, 0, 1]);
  });
});
