/**
 * `npx tsx scripts/site-checks.ts [SITE_DIR]`: runs the built-site checks (links and anchors, valid HTML,
 * alt text, nothing from other websites, content safety) on a site that is already built, and prints
 * every problem and how long the checks took. `npm run build` runs the same checks before publishing.
 *
 * Options: --prefix /als-resources/ (default: PATH_PREFIX, else "/"), --site-url URL (default: SITE_URL),
 * --no-html-validate, --workers N, --cache FILE (remember valid pages; validate only changed ones next time).
 */
import path from "node:path";
import { directories } from "../src/model/paths.ts";
import { pathPrefix } from "../src/model/siteUrls.ts";
import { formatSiteProblem, runSiteChecks, type SiteCheckOptions } from "../src/pipeline/siteChecks/index.ts";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

/** The command line: an optional SITE_DIR (the last one counts) and the options above. */
export function parseSiteCheckArguments(argv: string[]): { siteDir: string; options: SiteCheckOptions } {
  const { values, positionals } = parseCliArguments(
    argv,
    {
      prefix: { type: "string" },
      "site-url": { type: "string" },
      "no-html-validate": { type: "boolean" },
      workers: { type: "string" },
      cache: { type: "string" },
    },
    "SITE_DIR, --prefix P, --site-url URL, --no-html-validate, --workers N or --cache FILE",
    true,
  );
  const siteUrl = values["site-url"] ?? (process.env.SITE_URL || undefined);
  const options: SiteCheckOptions = {
    pathPrefix: values.prefix ?? pathPrefix(),
    ...(siteUrl !== undefined ? { siteUrl } : {}),
    ...(values["no-html-validate"] ? { htmlValidate: false } : {}),
    ...(values.workers !== undefined ? { workers: Number(values.workers) } : {}),
    ...(values.cache !== undefined ? { cacheFile: path.resolve(values.cache) } : {}),
  };
  return { siteDir: path.resolve(positionals.at(-1) ?? directories.output), options };
}

async function main(): Promise<void> {
  const { siteDir, options } = parseSiteCheckArguments(process.argv.slice(2));
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
