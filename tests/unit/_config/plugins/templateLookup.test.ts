/** The backported template lookup gives Eleventy's own answers, from an index instead of a search. */
import { describe, expect, it } from "vitest";
import { templateLookupPlugin } from "../../../../src/_config/plugins/templateLookup.ts";
import { importEleventyModule } from "../../../../src/_config/eleventyInternals.ts";

type Lookup = (this: { map: Array<{ inputPath: string }> }, inputPath: string) => { inputPath: string } | undefined;
const { default: TemplateMap } = await importEleventyModule<{ default: { prototype: { getMapEntryForInputPath: Lookup } } }>("TemplateMap.js");

describe("template lookup (Eleventy 4's fix, backported)", () => {
  const eleventysOwn = TemplateMap.prototype.getMapEntryForInputPath;
  templateLookupPlugin();
  const indexed = TemplateMap.prototype.getMapEntryForInputPath;

  it("replaces Eleventy's search", () => {
    expect(indexed).not.toBe(eleventysOwn);
  });

  it("finds the same entries as Eleventy's search, the first of two with one path, and sees entries added later", () => {
    const first = { inputPath: "./src/posts/en/a.md" };
    const map = { map: [first, { inputPath: "./src/posts/en/b.md" }, { inputPath: "./src/posts/en/a.md" }] };
    for (const path of ["./src/posts/en/a.md", "./src/posts/en/b.md", "./src/posts/en/missing.md"]) {
      expect(indexed.call(map, path)).toBe(eleventysOwn.call(map, path));
    }
    expect(indexed.call(map, "./src/posts/en/a.md")).toBe(first);
    map.map.push({ inputPath: "./src/posts/en/c.md" });
    expect(indexed.call(map, "./src/posts/en/c.md")).toBe(map.map[3]);
  });

  it("still finds an entry by its absolute path, as Eleventy does", () => {
    const entry = { inputPath: `${process.cwd()}/src/posts/en/a.md` };
    expect(indexed.call({ map: [entry] }, "./src/posts/en/a.md")).toBe(entry);
  });
});
