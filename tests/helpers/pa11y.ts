/**
 * pa11y-ci on every page of the built site, served on 127.0.0.1, with zero errors allowed.
 *
 * The real `pa11y-ci` command runs twice, each time on every `<loc>` of the built `/sitemap.xml`, with the
 * public address swapped for the local server's, and on the pages kept out of the sitemap (`/offline/`,
 * `/404.html`: `allPagePaths`). The URLs go in the config file as `{ url }` objects rather
 * than through `--sitemap`: pa11y-ci 4.1.1 shares one options object between plain-string URLs, so with
 * `concurrency` above 1 its tests close each other's browser contexts ("No target with given id found").
 *
 * 1. WCAG 2 AA with both runners, axe and HTML_CodeSniffer, in a 1280 x 1024 window. HTML_CodeSniffer
 *    also runs its AAA contrast sniff (1.4.6, 7:1), the contrast level the site promises.
 * 2. axe alone in a 320 x 800 window (a phone, or 400% zoom), adding the rules pa11y's "WCAG2AA" leaves
 *    out: `target-size` (WCAG 2.2 AA, 2.5.8) and `color-contrast-enhanced` (AAA, 7:1). pa11y 9 maps its
 *    standard to axe's wcag2a/wcag21a/wcag2aa/wcag21aa tags and cannot add the wcag22aa tag; its `rules`
 *    option enables single axe rules instead, but HTML_CodeSniffer rejects axe rule names, hence the
 *    separate axe-only run. (In axe-core 4.11 `target-size` is the only wcag22aa rule.)
 *
 * The browser is the installed Chrome or Chromium (`chromiumPath`), launched with the same flags as the
 * browser tests. A failure lists every error as "page: [runner code] message (element)".
 */
import { spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath, requireChromium } from "../../scripts/browser.ts";
import { allPagePaths, builtSitePath } from "./builtSite.ts";
import { projectRoot, temporaryFolder } from "./project.ts";
import { startStaticServer, type StaticServer } from "./server.ts";

interface Pa11yIssue {
  code?: string;
  type?: string;
  message: string;
  selector?: string;
  context?: string;
  runner?: string;
}

interface Pa11yCiReport {
  total: number;
  passes: number;
  errors: number;
  results: Record<string, Pa11yIssue[]>;
}

interface Pass {
  name: string;
  defaults: Record<string, unknown>;
}

const pa11yCi = path.join(projectRoot, "node_modules", ".bin", "pa11y-ci");
const searchWithResults = "/search/?q=tofersen";

const commonDefaults = {
  standard: "WCAG2AA",
  timeout: 60_000,
  concurrency: 2,
  // One browser profile for the whole run: the service worker installs (and saves the site) once, not once
  // per page, which halves the run time. The pages keep no other state between tests (no cookies; reader
  // preferences are only stored when a reader picks one).
  useIncognitoBrowserContext: false,
  includeWarnings: false,
  includeNotices: false,
  chromeLaunchConfig: { executablePath: chromiumPath, args: chromiumArgs },
};

export const passes = {
  wcagAA: {
    name: "WCAG 2 AA, axe and HTML_CodeSniffer, 1280 px",
    defaults: {
      ...commonDefaults,
      runners: ["axe", "htmlcs"],
      rules: ["Principle1.Guideline1_4.1_4_6"],
      viewport: { width: 1280, height: 1024 },
    },
  },
  targetSizeAndContrast: {
    name: "WCAG 2.2 target size and AAA contrast, axe, 320 px",
    defaults: {
      ...commonDefaults,
      runners: ["axe"],
      rules: ["target-size", "color-contrast-enhanced"],
      viewport: { width: 320, height: 800 },
    },
  },
} satisfies Record<string, Pass>;

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath, PUPPETEER_SKIP_DOWNLOAD: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function describeIssue(url: string, issue: Pa11yIssue): string {
  const page = new URL(url).pathname;
  const where = issue.selector ? ` (${issue.selector}${issue.context ? `: ${issue.context.replace(/\s+/g, " ").slice(0, 120)}` : ""})` : "";
  const code = issue.code ? `[${issue.runner ?? "?"} ${issue.code}] ` : "";
  return `${page}: ${code}${issue.message}${where}`;
}

/** The tests of one pass: pa11y-ci over every page, with zero errors allowed. */
export function describePa11yPass(pass: Pass): void {
  describe(`pa11y-ci over every page: ${pass.name}`, () => {
    let server: StaticServer;
    let folder: string;
    let paths: string[];

    beforeAll(async () => {
      requireChromium(); // with no browser, stop here and say which one to install
      const site = builtSitePath();
      // The sitemap holds public addresses; their paths are requested from the local server.
      paths = await allPagePaths(site);
      server = await startStaticServer(site);
      folder = await temporaryFolder("als-pa11y-");
    });

    afterAll(async () => {
      await server?.close();
      if (folder) await rm(folder, { recursive: true, force: true });
    });

    it("lists the pages to test, including /search/ and the pages outside the sitemap", () => {
      expect(paths.length).toBeGreaterThan(20);
      for (const url of ["/", "/search/", "/offline/", "/404.html"]) expect(paths).toContain(url);
    });

    it("zero errors on every page", async () => {
      const reportFile = path.join(folder, "report.json");
      const configFile = path.join(folder, "pa11yci.json");
      const config = {
        defaults: { ...pass.defaults, reporters: ["cli", ["json", { fileName: reportFile }]] },
        urls: [
          ...paths.map((urlPath) => ({ url: `${server.url}${urlPath}` })),
          // The search page with results shown: its script fills the list after the search index loads.
          { url: `${server.url}${searchWithResults}`, actions: ["wait for element #search-results li to be added"] },
        ],
      };
      await writeFile(configFile, JSON.stringify(config, null, 2));

      const { code, output } = await run(pa11yCi, ["--config", configFile]);

      let report: Pa11yCiReport;
      try {
        report = JSON.parse(await readFile(reportFile, "utf8")) as Pa11yCiReport;
      } catch {
        throw new Error(`pa11y-ci wrote no report (exit code ${code}):\n${output.slice(-4000)}`);
      }

      // Every page was tested, and nothing else.
      const tested = Object.keys(report.results)
        .map((url) => new URL(url).pathname + new URL(url).search)
        .sort();
      expect(tested, "pages pa11y-ci tested").toEqual([...paths, searchWithResults].sort());
      expect(report.total).toBe(paths.length + 1);

      const errors = Object.entries(report.results).flatMap(([url, issues]) => issues.map((issue) => describeIssue(url, issue)));
      expect(errors, `pa11y-ci (${pass.name}) found ${errors.length} error(s):\n${errors.join("\n")}`).toEqual([]);
      expect(report.errors).toBe(0);
      expect(code, output.slice(-2000)).toBe(0);
    }, 600_000);
  });
}
