/**
 * The production build, step by step (`npm run build` runs it: scripts/build.ts).
 *
 *   1. Eleventy renders the pages into a staging folder (and streams them to Pagefind), while a worker
 *      thread checks all content (stop with every problem, one line each);
 *   2. Pagefind builds its index for search, in its own process, while this one goes on to
 *   3. write the offline page index;
 *   4. once Pagefind has listed its files, the browser scripts are bundled (the search script is told the
 *      index's version) and Workbox writes the service worker that keeps every page readable offline,
 *      while a worker thread writes those files;
 *   5. with --check, the built pages are checked (links and anchors, valid HTML, alt text, nothing
 *      from other websites, content safety);
 *   6. the staging folder replaces the output folder, only if every step above succeeded.
 */
import { formatProblem } from "../model/checks/problems.ts";
import { ContentError } from "../model/checks/problems.ts";
import { createStagingFolder, discardStagingFolder, publishStagingFolder } from "./atomicOutput.ts";
import { bundleClientScripts } from "./clientScripts.ts";
import { startContentCheck, type BuildContentCheck } from "./contentCheck.ts";
import { runEleventy } from "./eleventy.ts";
import { writePageIndex } from "./pageIndex.ts";
import { startSearchIndex, type SearchIndexWrite } from "./searchIndex.ts";
import { pathPrefix } from "../model/siteUrls.ts";
import { todayNote } from "../helpers/today.ts";
import { StepError, StepRunner } from "./steps.ts";

export interface BuildOptions {
  /** Where the finished site goes; replaced only when every step succeeded. */
  output: string;
  /** Fail (instead of warn) when a drug or program is past its review date. */
  strict: boolean;
  /** Print each step's timing. */
  quiet: boolean;
  /** Write the step timings as JSON to this file (used by the benchmark). */
  report?: string;
  /**
   * Run the built-site checks (links, valid HTML, alt text, third parties, content safety) before
   * publishing. The deploy workflow uses it; `npm test` runs the same checks on its own build.
   */
  check: boolean;
}

/** The content check step: every content problem stops the build; review dates and warnings are printed. */
async function checkContentStep(
  steps: StepRunner,
  checked: Promise<BuildContentCheck>,
  options: BuildOptions,
  log: (line: string) => void,
): Promise<BuildContentCheck> {
  // Timed from here, its step is only the part of the check that outlasted Eleventy: it started with the build.
  const content = await steps.run("Check content", () => checked);
  const note = todayNote();
  if (note) log(note);
  const { overdue } = content;
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

  return content;
}

export async function buildSite(options: BuildOptions): Promise<StepRunner> {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const steps = new StepRunner(log);
  log(`Building the site into ${options.output}`);

  const staging = await createStagingFolder(options.output);
  // The content check runs in a worker thread while Eleventy renders here, and Pagefind indexes the pages
  // in its own process, fed by another worker thread. The check still stops the build before anything is
  // published, and its problems are reported even when bad content also made Eleventy fail.
  const checked = startContentCheck(process.cwd());
  checked.catch(() => {}); // awaited after Eleventy; a failure is reported there
  const searchIndex = startSearchIndex();
  let searchIndexWrite: SearchIndexWrite | undefined;
  try {
    const rendered = await steps
      .run("Eleventy (pages)", () => runEleventy(staging, { onPageRendered: (page) => searchIndex.add(page) }))
      .then(
        (pages) => ({ pages }),
        (error: unknown) => ({ error }),
      );
    if (!("error" in rendered)) {
      // Pagefind builds its index in its own process while this thread finishes the other steps.
      searchIndexWrite = searchIndex.finish(staging);
      // Awaited below, after the steps that do not need the index; a failure is reported there.
      searchIndexWrite.written.catch(() => {});
    }
    // Loaded now, while this thread mostly waits for Pagefind, not at start-up, where it held up Eleventy:
    // workbox-build takes about 0.2 s to load.
    const serviceWorkerModule = import("./serviceWorker.ts");
    serviceWorkerModule.catch(() => {}); // awaited in its step
    const content = await checkContentStep(steps, checked, options, log);
    if ("error" in rendered) throw rendered.error;
    const { pages } = rendered;
    log(`  wrote ${pages.length} pages`);
    await steps.run("Offline page index", () => writePageIndex(staging, pages));
    // Only the part of Pagefind's work that outlasted the steps above: the rest ran alongside them.
    const { files: searchFiles, written } = searchIndexWrite!;
    const searchIndexFiles = await steps.run("Search index (Pagefind), rest", () => searchFiles);
    // The search script is told the index's version, from its list: its files are still being written.
    const entry = searchIndexFiles.find((file) => file.path === "pagefind-entry.json");
    if (!entry) throw new StepError("Search index (Pagefind), rest", new Error("Pagefind listed no pagefind-entry.json"));
    await steps.run("Browser scripts", () => bundleClientScripts(staging, entry.md5));
    // The service worker needs only the index's file list: its files are written meanwhile.
    const sw = await steps.run("Service worker (Workbox)", async () =>
      (await serviceWorkerModule).writeServiceWorker(staging, pages, content.newestPosts, searchIndexFiles),
    );
    log(
      `  precached ${sw.precached} files, ${(sw.precachedBytes / 1024).toFixed(1)} KB` +
        ` (install budget ${(sw.budgetBytes / 1024).toFixed(0)} KB; ${sw.deferred} files saved when read)`,
    );
    const indexed = await steps.run("Search index files, rest", () => written);
    log(`  indexed ${indexed} pages for search`);
    if (options.check) {
      // Loaded only here: the checks' HTML validator takes half a second to import, and most builds skip them.
      const { assertBuiltSite } = await import("./siteChecks/index.ts");
      const checked = await steps.run("Site checks", () => assertBuiltSite(staging, { pathPrefix: pathPrefix(), siteUrl: process.env.SITE_URL, pages }));
      log(`  checked ${checked.stats.htmlPages} pages (${checked.stats.validated} validated as HTML)`);
    }
    await steps.run("Publish (atomic swap)", () => publishStagingFolder(staging, options.output));
  } catch (error) {
    // Pagefind must stop writing before its folder is removed.
    await (searchIndexWrite?.written ?? searchIndex.abort()).catch(() => {});
    await discardStagingFolder(staging);
    throw error;
  }
  return steps;
}
