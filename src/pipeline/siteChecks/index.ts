/**
 * Checks on the built site, run before it is published (and by `npm test` on the test build), one module
 * per check:
 *
 * - link (link.ts):                     every internal link, asset and `#fragment` resolves, under the path prefix;
 * - html (html.ts):                     every page is valid HTML (html-validate, `html-validate:recommended`);
 * - alt (alt.ts):                       every image has an `alt` attribute (`alt=""` for a decorative one, on purpose);
 * - third-party (thirdParty.ts):        nothing loads from another website; plain links to other sites are fine;
 * - content-safety (contentSafety.ts):  no inline scripts or styles, `on…` handlers, `javascript:` addresses, frames or embeds.
 *
 * Each HTML page is read and parsed once (page.ts). html-validate is the slow part (≈5–8 ms for an 8 kB
 * page on one core, against ≈1.5 ms to parse alone), so sites of a few hundred pages or more are shared
 * out to one worker thread per core (workerPool.ts), and `cacheFile` (validationCache.ts) lets a later run
 * skip validating pages that have not changed. This module runs them all and reports the problems.
 */
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { resolveAddress, siteLocation } from "./address.ts";
import { checkLink, type SiteIndex } from "./link.ts";
import { createBatchChecker } from "./page.ts";
import { manifestReferences, stylesheetReferences } from "./references.ts";
import { checkThirdParty } from "./thirdParty.ts";
import type { Reference, SiteCheckOptions, SiteCheckReport, SiteProblem } from "./types.ts";
import { readValidationCache, writeValidationCache } from "./validationCache.ts";
import { checkPagesInWorkers } from "./workerPool.ts";

export { htmlValidateConfig } from "./html.ts";
export { cssReferences } from "./references.ts";
export type { SiteCheck, SiteCheckOptions, SiteCheckReport, SiteProblem } from "./types.ts";

/** The problem with one reference in `from`, if any: each reference is either on this site or not. */
function checkReference(reference: Reference, from: string, index: SiteIndex): SiteProblem | undefined {
  const address = resolveAddress(reference.url, from, index);
  return checkLink(reference, address, from, index) ?? checkThirdParty(reference, address, from);
}

function sourceMap(siteDir: string, pages: SiteCheckOptions["pages"]): Map<string, string> {
  const map = new Map<string, string>();
  for (const page of pages ?? []) {
    if (typeof page.outputPath !== "string") continue;
    const output = path.relative(siteDir, path.resolve(page.outputPath)).split(path.sep).join("/");
    map.set(output, path.normalize(page.inputPath).split(path.sep).join("/"));
  }
  return map;
}

/** Runs every check on the site in `siteDir` and returns the problems with timings. */
export async function runSiteChecks(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteCheckReport> {
  const start = performance.now();
  const root = path.resolve(siteDir);
  const allFiles = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
  const htmlFiles = allFiles.filter((file) => file.endsWith(".html"));
  const htmlValidate = options.htmlValidate ?? true;

  // Pages: one core handles ~100–200 pages a second; worker threads pay off from a few hundred pages.
  const workers = Math.max(1, Math.min(options.workers ?? (htmlFiles.length >= 300 ? availableParallelism() : 1), htmlFiles.length));
  const pagesStart = performance.now();
  const input = { siteDir: root, htmlValidate, knownValid: await readValidationCache(options.cacheFile) };
  const pages = (workers === 1 ? await createBatchChecker(input)(htmlFiles) : await checkPagesInWorkers(input, htmlFiles, workers)).sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const pagesMs = performance.now() - pagesStart;
  if (htmlValidate) await writeValidationCache(options.cacheFile, pages);

  const index: SiteIndex = {
    ...siteLocation(options.pathPrefix, options.siteUrl),
    files: new Set(allFiles),
    ids: new Map(pages.map((page) => [page.file, new Set(page.ids)])),
  };

  // A file's problems, each once (a broken link in a menu is reported once per page, not once per use).
  const problems: SiteProblem[] = [];
  const addUnique = (found: SiteProblem[]) => {
    const seen = new Set<string>();
    for (const problem of found) {
      const key = `${problem.check}\n${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
  };
  const referenceProblems = (references: Reference[], file: string) => references.flatMap((reference) => checkReference(reference, file, index) ?? []);

  for (const page of pages) addUnique([...page.problems, ...referenceProblems(page.references, page.file)]);
  for (const file of allFiles) {
    if (file.endsWith(".css")) {
      addUnique(referenceProblems(stylesheetReferences(await readFile(path.join(root, file), "utf8")), file));
    } else if (file.endsWith(".webmanifest") || file === "manifest.json") {
      addUnique(referenceProblems(manifestReferences(await readFile(path.join(root, file), "utf8")), file));
    }
  }

  const sources = sourceMap(root, options.pages);
  for (const problem of problems) {
    const source = sources.get(problem.file);
    if (source) problem.source = source;
  }
  const validated = pages.filter((page) => page.validated).length;
  return { problems, stats: { files: allFiles.length, htmlPages: htmlFiles.length, validated, workers, pagesMs, totalMs: performance.now() - start } };
}

/** Every problem in the built site in `siteDir` (see the top of this file for the checks). */
export async function checkBuiltSite(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteProblem[]> {
  return (await runSiteChecks(siteDir, options)).problems;
}

/** "posts/x/index.html:12 (from src/posts/en/x.md): link: <a href="/nowhere/"> points to …" */
export function formatSiteProblem(problem: SiteProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ""}${problem.source ? ` (from ${problem.source})` : ""}`;
  return `${where}: ${problem.check}: ${problem.message}`;
}

/** Thrown by the build's "Site checks" step; its message is the problems, one per line. */
export class SiteCheckError extends Error {
  constructor(readonly problems: SiteProblem[]) {
    const shown = problems.slice(0, 200).map(formatSiteProblem);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the built site (fix each, then build again):\n${shown.join("\n")}`);
    this.name = "SiteCheckError";
  }
}

/** For the build: runs the checks and throws a SiteCheckError if anything is wrong. */
export async function assertBuiltSite(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteCheckReport> {
  const report = await runSiteChecks(siteDir, options);
  if (report.problems.length > 0) throw new SiteCheckError(report.problems);
  return report;
}
