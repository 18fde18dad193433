import { describe, expect, it } from "vitest";
import { checkBuiltSite, formatSiteProblem } from "../../../../src/pipeline/siteChecks/index.ts";
import { page, pageProblems, writeTinySite } from "../../../helpers/tinySite.ts";

describe("html check", () => {
  it("accepts a valid page, including the spellings the configuration allows on purpose", () => {
    // A lower-case doctype (page() writes one), a long title and `checked=""` as Eleventy writes it under a path prefix.
    const html = page(
      `<form action="/search/"><label><input type="checkbox" name="x" checked=""> Include older posts</label> <button type="submit">Search</button></form>`,
    ).replace("<title>Test page</title>", `<title>${"A rather long post title about living with ALS, ".repeat(3)}| ALS Resources</title>`);
    expect(pageProblems(html)).toEqual([]);
  });

  it("reports invalid HTML by line and html-validate rule", () => {
    const problems = pageProblems(page(`<p><b><i>bad nesting</b></i></p>`), "html");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((line) => /^index\.html:12: html: .*\(html-validate rule close-order: https:\/\/html-validate\.org\//.test(line))).toBe(true);
    expect(problems.every((line) => /^index\.html:\d+: html: .+\(html-validate rule [\w/-]+/.test(line))).toBe(true);
  });

  it("reports an element where HTML does not allow it", () => {
    const problems = pageProblems(page(`<ul><p>Not a list item</p></ul>`), "html");
    expect(problems.some((line) => /^index\.html:12: html: .*\(html-validate rule element-permitted-content/.test(line))).toBe(true);
  });

  it("is left out with htmlValidate: false, while the other checks still run", async () => {
    const site = await writeTinySite({ "index.html": page(`<p><b><i>bad nesting</b></i><img src="/missing.png" alt=""></p>`) });
    try {
      const problems = (await checkBuiltSite(site.dir, { htmlValidate: false })).map(formatSiteProblem);
      expect(problems.filter((line) => line.includes(": html: "))).toEqual([]);
      expect(problems).toContain('index.html:12: link: <img src="/missing.png"> points to /missing.png, which does not exist in the built site');
    } finally {
      await site.remove();
    }
  });
});
