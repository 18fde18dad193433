import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSiteProblem, runSiteChecks } from "../../../../src/pipeline/siteChecks/index.ts";
import { page, writeTinySite, type TinySite } from "../../../helpers/tinySite.ts";

describe("validation cache", () => {
  let site: TinySite;
  beforeAll(async () => {
    site = await writeTinySite({
      "index.html": page(`<p><a href="/about/">About</a></p>`),
      "about/index.html": page(`<p>About</p>`),
      "broken/index.html": page(`<p><b><i>bad nesting</b></i></p>`),
      "assets/site.css": "",
    });
  });
  afterAll(() => site.remove());

  it("validates again only the pages that were not valid, and finds the same problems", async () => {
    const first = await runSiteChecks(site.dir, { cacheFile: site.cacheFile });
    const second = await runSiteChecks(site.dir, { cacheFile: site.cacheFile });
    expect(first.stats.validated).toBe(3);
    expect(second.stats.validated).toBe(1);
    expect(second.problems.map(formatSiteProblem)).toEqual(first.problems.map(formatSiteProblem));
    expect(first.problems.some((problem) => problem.file === "broken/index.html" && problem.check === "html")).toBe(true);
  });

  it("validates a page again once it changes", async () => {
    await runSiteChecks(site.dir, { cacheFile: site.cacheFile });
    await writeFile(path.join(site.dir, "about/index.html"), page(`<p>About us</p>`));
    expect((await runSiteChecks(site.dir, { cacheFile: site.cacheFile })).stats.validated).toBe(2);
  });

  it("ignores a cache made under another html-validate version or configuration, or that cannot be read", async () => {
    const { valid } = JSON.parse(await readFile(site.cacheFile, "utf8")) as { valid: string[] };
    await writeFile(site.cacheFile, JSON.stringify({ key: "another configuration", valid }));
    expect((await runSiteChecks(site.dir, { cacheFile: site.cacheFile })).stats.validated).toBe(3);
    await writeFile(site.cacheFile, "not json");
    expect((await runSiteChecks(site.dir, { cacheFile: site.cacheFile })).stats.validated).toBe(3);
  });

  it("is not written without htmlValidate", async () => {
    await rm(site.cacheFile, { force: true });
    const report = await runSiteChecks(site.dir, { cacheFile: site.cacheFile, htmlValidate: false });
    expect(report.stats.validated).toBe(0);
    await expect(readFile(site.cacheFile, "utf8")).rejects.toThrow(/ENOENT/);
  });
});
