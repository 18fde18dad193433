/**
 * The built-site checks (src/pipeline/siteChecks/) on the real build: it passes them, in one thread and
 * in worker threads, which also read the validation cache. (Each check on hand-made pages is in
 * tests/unit/pipeline/siteChecks/; the checks on a site built from broken content are in brokenSite.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatSiteProblem, runSiteChecks } from "../../src/pipeline/siteChecks/index.ts";
import { pathPrefix } from "../../src/model/siteUrls.ts";
import { builtSitePath } from "../helpers/builtSite.ts";
import { page, writeTinySite, type TinySite } from "../helpers/tinySite.ts";

describe("the real built site", () => {
  it("passes every site check: links and anchors, valid HTML, alt text, nothing from other websites, content safety", async () => {
    const { problems, stats } = await runSiteChecks(builtSitePath(), { pathPrefix: pathPrefix() });
    expect(problems.map(formatSiteProblem)).toEqual([]);
    expect(stats.htmlPages).toBeGreaterThan(20);
    console.log(`site checks: ${stats.htmlPages} pages in ${(stats.totalMs / 1000).toFixed(2)} s (${(stats.pagesMs / stats.htmlPages).toFixed(1)} ms a page)`);
  });

  it("gives the same answer when the pages are checked by worker threads", async () => {
    const { problems, stats } = await runSiteChecks(builtSitePath(), { pathPrefix: pathPrefix(), workers: 2 });
    expect(stats.workers).toBe(2);
    expect(problems.map(formatSiteProblem)).toEqual([]);
  });
});

// Worker threads take a second or two to start, so they are tested here rather than in the unit tests.
describe("worker threads on a hand-made site", () => {
  let site: TinySite;
  beforeAll(async () => {
    const files: Record<string, string> = { "assets/site.css": "" };
    // More pages than one batch, so the workers ask for work more than once.
    for (let n = 0; n < 45; n += 1)
      files[`pages/${n}/index.html`] = page(`<h2 id="part-${n}">Part ${n}</h2><p><a href="/pages/${(n + 1) % 45}/#part-${(n + 1) % 45}">Next</a></p>`);
    files["broken/index.html"] = page(`<p><b><i>bad nesting</b></i> <a href="/pages/1/#no-such-part">Missing</a> <img src="/assets/logo.png"></p>`);
    site = await writeTinySite(files);
  });
  afterAll(() => site.remove());

  it("give the same answer as one thread, and read the same validation cache", async () => {
    const oneThread = await runSiteChecks(site.dir, { cacheFile: site.cacheFile });
    expect(oneThread.stats.workers).toBe(1);
    expect(oneThread.problems.length).toBeGreaterThan(2);

    const twoThreads = await runSiteChecks(site.dir, { cacheFile: site.cacheFile, workers: 2 });
    expect(twoThreads.stats.workers).toBe(2);
    expect(twoThreads.problems.map(formatSiteProblem)).toEqual(oneThread.problems.map(formatSiteProblem));
    // Only the page with html problems is validated again: the workers were given the cache.
    expect(twoThreads.stats.validated).toBe(1);
  });
});
