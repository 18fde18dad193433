/**
 * `npm run build`: the production build.
 *
 *   1. Eleventy renders the pages into a staging folder (and streams them to Pagefind);
 *   2. check all content (stop with every problem, one line each), while Pagefind indexes;
 *   3. the browser scripts are bundled;
 *   4. Pagefind indexes the pages for offline search;
 *   5. Workbox writes the service worker that keeps every page readable offline;
 *   6. with --check, the built pages are checked (links and anchors, valid HTML, alt text, nothing
 *      from other websites, content safety);
 *   7. the staging folder replaces the output folder, only if every step above succeeded.
 *
 * Options: --output DIR (default _site), --strict (past review dates fail the build), --check,
 * --quiet, --report FILE (step timings as JSON).
 */
import { writeFile } from "node:fs/promises";
import { formatProblem } from "../src/model/checks/problems.ts";
import { ContentError } from "../src/model/checks/problems.ts";
import { createStagingFolder, discardStagingFolder, publishStagingFolder } from "../src/pipeline/atomicOutput.ts";
import { bundleClientScripts } from "../src/pipeline/clientScripts.ts";
import { checkAllContent } from "../src/pipeline/contentCheck.ts";
import type { ContentCheck } from "../src/model/checks/checkContent.ts";
import { runEleventy } from "../src/pipeline/eleventy.ts";
import { writePageIndex } from "../src/pipeline/pageIndex.ts";
import { startSearchIndex } from "../src/pipeline/searchIndex.ts";
import { pathPrefix } from "../src/model/siteUrls.ts";
import { todayNote } from "../src/helpers/today.ts";
import { writeServiceWorker } from "../src/pipeline/serviceWorker.ts";
import { parseBuildOptions, type BuildOptions } from "./buildOptions.ts";
import { StepError, StepRunner } from "../src/pipeline/steps.ts";
import { isMainModule } from "./cli.ts";

/** The content check step: every content problem stops the build; review dates and warnings are printed. */
async function checkContent(steps: StepRunner, options: BuildOptions, log: (line: string) => void): Promise<{ content: ContentCheck }> {
  const { content, overdue } = await steps.run("Check content", () => checkAllContent(process.cwd()));
  const note = todayNote();
  if (note) log(note);
  if (overdue.length > 0) {
    const heading = `${overdue.length} page${overdue.length === 1 ? " is" : "s are"} past the review date:`;
    if (options.strict) throw new StepError("Review dates (--strict)", new ContentError(overdue));
    console.warn(`Warning: ${heading}\n${overdue.map(formatProblem).join("\n")}`);
  }
  if (content.warnings.length > 0 && !options.quiet) {
    console.warn(
      `Warning: ${content.warnings.length} thing${content.warnings.length === 1 ? "" : "s"} worth a look (the site is still built):\n${content.warnings.map(formatProblem).join("\n")}`,
    );
  }

  return { content };
}

export async function buildSite(options: BuildOptions): Promise<StepRunner> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const steps = new StepRunner(log);
  log(`Building the site into ${options.output}`);

  const staging = await createStagingFolder(options.output);
  const searchIndex = await startSearchIndex();
  try {
    // The content check runs once Eleventy has rendered, while Pagefind is still indexing the pages in its own
    // process (the main thread would only wait for it). It still stops the build before anything is
    // published, and its problems are reported even when bad content also made Eleventy fail.
    const rendered = await steps
      .run("Eleventy (pages)", () => runEleventy(staging, { onPageRendered: (page) => searchIndex.add(page) }))
      .then(
        (pages) => ({ pages }),
        (error: unknown) => ({ error }),
      );
    const { content } = await checkContent(steps, options, log);
    if ("error" in rendered) throw rendered.error;
    const { pages } = rendered;
    log(`  wrote ${pages.length} pages`);
    await steps.run("Offline page index", () => writePageIndex(staging, pages));
    const indexed = await steps.run("Search index (Pagefind)", () => searchIndex.finish(staging));
    log(`  indexed ${indexed} pages for search`);
    await steps.run("Browser scripts", () => bundleClientScripts(staging));
    const newestPosts = content.posts
      .filter((post) => post.frontMatter.draft !== true)
      .sort((a, b) => b.frontMatter.date.localeCompare(a.frontMatter.date))
      .map((post) => post.url);
    const sw = await steps.run("Service worker (Workbox)", () => writeServiceWorker(staging, pages, newestPosts));
    log(
      `  precached ${sw.precached} files, ${(sw.precachedBytes / 1024).toFixed(1)} KB` +
        ` (install budget ${(sw.budgetBytes / 1024).toFixed(0)} KB; ${sw.deferred} files saved when read)`,
    );
    if (options.check) {
      // Loaded only here: the checks' HTML validator takes half a second to import, and most builds skip them.
      const { assertBuiltSite } = await import("../src/pipeline/siteChecks/index.ts");
      const checked = await steps.run("Site checks", () => assertBuiltSite(staging, { pathPrefix: pathPrefix(), siteUrl: process.env.SITE_URL, pages }));
      log(`  checked ${checked.stats.htmlPages} pages (${checked.stats.validated} validated as HTML)`);
    }
    await steps.run("Publish (atomic swap)", () => publishStagingFolder(staging, options.output));
  } catch (error) {
    await searchIndex.abort().catch(() => {});
    await discardStagingFolder(staging);
    throw error;
  }
  return steps;
}

async function main(): Promise<void> {
  try {
    const options = parseBuildOptions(process.argv.slice(2));
    const steps = await buildSite(options);
    if (options.report) await writeFile(options.report, JSON.stringify({ steps: steps.timings }));
    if (!options.quiet) console.log("Build finished.");
  } catch (error) {
    const step = error instanceof StepError ? error.step : "Build";
    const reason = error instanceof StepError ? error.reason : error;
    console.error(`\nBuild failed at "${step}". Nothing was published; the previous site is unchanged.`);
    console.error(reason instanceof Error ? reason.message : String(reason));
    process.exitCode = 1;
  }
}

if (isMainModule(import.meta.url)) await main();
