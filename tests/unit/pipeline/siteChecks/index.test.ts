import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuiltSite, checkBuiltSite, formatSiteProblem, runSiteChecks, SiteCheckError } from "../../../../src/pipeline/siteChecks/index.ts";
import { page, writeTinySite, type TinySite } from "../../../helpers/tinySite.ts";

describe("running every site check", () => {
  let site: TinySite;
  beforeAll(async () => {
    site = await writeTinySite({
      "index.html": page(`<p><a href="/about/">About</a></p>`),
      "about/index.html": page(`<p>About</p>`),
      "assets/site.css": "",
      "broken/index.html": page(
        `<p><a href="/nowhere/">Dead</a> <img src="https://images.example.com/x.png" alt="x"></p>\n<p><a href="/nowhere/">Dead again</a></p>`,
      ),
    });
  });
  afterAll(() => site.remove());

  it("passes a site without problems, and counts its files and pages", async () => {
    const good = await writeTinySite({ "index.html": page(`<p>Home</p>`), "assets/site.css": "" });
    try {
      const report = await assertBuiltSite(good.dir);
      expect(report.problems).toEqual([]);
      expect(report.stats).toMatchObject({ files: 2, htmlPages: 1, validated: 1, workers: 1 });
    } finally {
      await good.remove();
    }
  });

  it("reports each problem of a file once, with the check that found it", async () => {
    expect((await checkBuiltSite(site.dir)).map(formatSiteProblem)).toEqual([
      'broken/index.html:12: link: <a href="/nowhere/"> points to /nowhere/, which does not exist in the built site',
      'broken/index.html:12: third-party: <img src="https://images.example.com/x.png"> loads from another website (images.example.com), which tells it who reads the page and fails offline (expected a file of this site)',
    ]);
  });

  it("names the source file of a page when the build passes Eleventy's pages", async () => {
    const problems = await checkBuiltSite(site.dir, {
      pages: [
        { inputPath: "./src/posts/en/dead.md", outputPath: path.join(site.dir, "broken/index.html") },
        { inputPath: "./src/pages/feed.11ty.ts", outputPath: false },
      ],
    });
    expect(problems.map(formatSiteProblem)[0]).toMatch(/^broken\/index\.html:12 \(from src\/posts\/en\/dead\.md\): link: /);
  });

  it("throws a SiteCheckError listing every problem from assertBuiltSite", async () => {
    const error = await assertBuiltSite(site.dir).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SiteCheckError);
    expect((error as SiteCheckError).problems).toHaveLength(2);
    expect((error as SiteCheckError).message).toBe(
      `2 problems in the built site (fix each, then build again):\n${(await runSiteChecks(site.dir)).problems.map(formatSiteProblem).join("\n")}`,
    );
  });
});

describe("the validation cache (cacheFile)", () => {
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
