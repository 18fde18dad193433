/**
 * Small inputs for the unit tests of the built-site checks (src/pipeline/siteChecks/): a minimal valid
 * page, one page checked on its own, and a tiny site written to a temporary folder. Nothing is built.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPageChecker } from "../../src/pipeline/siteChecks/page.ts";
import { checkBuiltSite, formatSiteProblem, type SiteCheck, type SiteCheckOptions } from "../../src/pipeline/siteChecks/index.ts";
import { temporaryFolder } from "./project.ts";

/** A minimal valid page, with `body` inside <main> from line 12 on. */
export function page(body: string, head = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test page</title>
<link rel="stylesheet" href="/assets/site.css">
${head}
</head>
<body>
<main id="main">
<h1 id="top-heading">Test page</h1>
${body}
</main>
</body>
</html>
`;
}

const checkPage = { withHtmlValidate: createPageChecker(true), without: createPageChecker(false) };

/** The problems one page shows on its own (html, alt, content-safety), as printed, named "index.html". */
export function pageProblems(html: string, check?: SiteCheck, { htmlValidate = true } = {}): string[] {
  return (htmlValidate ? checkPage.withHtmlValidate : checkPage.without)("index.html", html)
    .problems.filter((problem) => check === undefined || problem.check === check)
    .map(formatSiteProblem);
}

/** A tiny site written to a temporary folder, with a place for a validation cache outside it. */
export interface TinySite {
  dir: string;
  /** A cache file next to the folder (the checks would otherwise see it as a file of the site). */
  cacheFile: string;
  /** Deletes the folder and the cache file. */
  remove: () => Promise<void>;
}

/** Writes `files` (path -> text) to a temporary folder. */
export async function writeTinySite(files: Record<string, string>): Promise<TinySite> {
  const dir = await temporaryFolder("als-site-checks-");
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const cacheFile = path.join(dir, "..", `${path.basename(dir)}-cache.json`);
  return {
    dir,
    cacheFile,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(cacheFile, { force: true });
    },
  };
}

/** Every problem of one check in a tiny site, as printed. */
export async function siteProblems(dir: string, check: SiteCheck, options: SiteCheckOptions = {}): Promise<string[]> {
  return (await checkBuiltSite(dir, { htmlValidate: false, ...options })).filter((problem) => problem.check === check).map(formatSiteProblem);
}
