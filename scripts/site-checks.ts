/**
 * `npx tsx scripts/site-checks.ts [SITE_DIR]`: runs the built-site checks (links and anchors, valid HTML,
 * alt text, nothing from other websites, content safety) on a site that is already built, and prints
 * every problem and how long the checks took. `npm run build` runs the same checks before publishing.
 *
 * Options: --prefix /als-resources/ (default: PATH_PREFIX, else "/"), --site-url URL (default: SITE_URL),
 * --no-html-validate, --workers N, --cache FILE (remember valid pages; validate only changed ones next time).
 */
import path from "node:path";
import { directories } from "../src/_config/paths.ts";
import { pathPrefix } from "../src/_config/siteUrls.ts";
import { formatSiteProblem, runSiteChecks, type SiteCheckOptions } from "./build/siteChecks.ts";
import { isMainModule, runCli } from "./cli.ts";

function parseArguments(argv: string[]): { siteDir: string; options: SiteCheckOptions } {
  let siteDir = directories.output as string;
  const options: SiteCheckOptions = { pathPrefix: pathPrefix(), ...(process.env.SITE_URL ? { siteUrl: process.env.SITE_URL } : {}) };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--prefix") options.pathPrefix = value();
    else if (arg === "--site-url") options.siteUrl = value();
    else if (arg === "--no-html-validate") options.htmlValidate = false;
    else if (arg === "--workers") options.workers = Number(value());
    else if (arg === "--cache") options.cacheFile = path.resolve(value());
    else if (!arg.startsWith("--")) siteDir = arg;
    else throw new Error(`Unknown option ${JSON.stringify(arg)} (expected SITE_DIR, --prefix P, --site-url URL, --no-html-validate, --workers N or --cache FILE)`);
  }
  return { siteDir: path.resolve(siteDir), options };
}

async function main(): Promise<void> {
  const { siteDir, options } = parseArguments(process.argv.slice(2));
  const { problems, stats } = await runSiteChecks(siteDir, options);
  for (const problem of problems) console.log(formatSiteProblem(problem));
  const perPage = stats.htmlPages > 0 ? stats.pagesMs / stats.htmlPages : 0;
  console.log(
    `\nChecked ${stats.htmlPages} pages and ${stats.files} files in ${(stats.totalMs / 1000).toFixed(2)} s ` +
      `(pages ${(stats.pagesMs / 1000).toFixed(2)} s, ${perPage.toFixed(1)} ms a page, ${stats.validated} validated, ` +
      `${stats.workers} worker${stats.workers === 1 ? "" : "s"}).`,
  );
  if (problems.length > 0) {
    console.log(`${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
    process.exitCode = 1;
  } else {
    console.log("No problems found.");
  }
}

if (isMainModule(import.meta.url)) await runCli(main);
