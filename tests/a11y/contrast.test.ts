/**
 * Colour contrast in every theme, in the installed Chromium through playwright-core (pa11y-ci checks the
 * default light theme on every page): axe-core's `color-contrast`, `color-contrast-enhanced` (AAA: 7:1, 4.5:1
 * for large text) and `link-in-text-block` rules, with the reader-preferences panel open, on a device set to dark and on a device asking for more
 * contrast. Colours come only from site.css, so this runs on one page of each kind (each template). The
 * reader's own "Light", "Dark" and "High contrast" choices must give exactly the colours of the light,
 * dark and more-contrast device settings (site.css repeats them), which is checked property by property.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser.ts";
import { allPagePaths, builtSitePath } from "../helpers/builtSite.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

const paths = await allPagePaths(builtSitePath());

/** The axe-core that pa11y runs (a dependency of pa11y, so the same version in both checks). */
async function axeSource(): Promise<string> {
  const fromPa11y = createRequire(createRequire(import.meta.url).resolve("pa11y"));
  return readFile(fromPa11y.resolve("axe-core/axe.min.js"), "utf8");
}

/** The first page of each kind: "/drugs/tofersen/" and "/drugs/riluzole/" are both "/drugs/*\/". */
function onePageOfEachKind(all: string[]): string[] {
  const kinds = new Map<string, string>();
  for (const urlPath of all) {
    const kind = urlPath.split("/").filter(Boolean).length >= 2 ? urlPath.replace(/[^/]+\/$/, "*/") : urlPath;
    if (!kinds.has(kind)) kinds.set(kind, urlPath);
  }
  return [...kinds.values()];
}

interface ThemeCase {
  name: string;
  context: BrowserContextOptions;
}

const themes: ThemeCase[] = [
  { name: "device dark", context: { colorScheme: "dark" } },
  { name: "device more contrast", context: { colorScheme: "light", contrast: "more" } },
];

/** A reader's choice, and the device setting whose colours it must reproduce. */
const readerChoices: Array<{ theme: string; device: BrowserContextOptions; same: BrowserContextOptions }> = [
  { theme: "light", device: { colorScheme: "dark" }, same: { colorScheme: "light" } },
  { theme: "dark", device: { colorScheme: "light" }, same: { colorScheme: "dark" } },
  { theme: "high-contrast", device: { colorScheme: "light" }, same: { colorScheme: "light", contrast: "more" } },
];

/** Every custom property declared on :root in site.css, with its computed value. */
async function themeColours(browser: Browser, url: string, options: BrowserContextOptions, theme?: string): Promise<Record<string, string>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block", ...options });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    return await page.evaluate((choice) => {
      const root = document.documentElement;
      root.removeAttribute("data-theme");
      if (choice) root.setAttribute("data-theme", choice);
      const names = new Set<string>();
      const collect = (rules: CSSRuleList) => {
        for (const rule of rules) {
          if (rule instanceof CSSStyleRule && rule.selectorText.includes(":root")) {
            for (const name of rule.style) if (name.startsWith("--")) names.add(name);
          } else if ("cssRules" in rule) collect((rule as CSSGroupingRule).cssRules);
        }
      };
      for (const sheet of document.styleSheets) collect(sheet.cssRules);
      const style = getComputedStyle(root);
      const values: Record<string, string> = { "color-scheme": style.colorScheme };
      for (const name of [...names].sort()) values[name] = style.getPropertyValue(name).trim();
      return values;
    }, theme);
  } finally {
    await context.close();
  }
}

describe("colour contrast in every theme, at 1280 px wide", () => {
  let server: StaticServer;
  let browser: Browser;
  let axe: string;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    server = await startStaticServer(builtSitePath());
    browser = await launchChromium();
    axe = await axeSource();
    for (const theme of themes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce", serviceWorkers: "block", ...theme.context });
      pages.set(theme.name, await context.newPage());
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(readerChoices)("the reader's $theme choice gives the same colours as the matching device setting", async ({ theme, device, same }) => {
    const url = `${server.url}/drugs/`;
    const chosen = await themeColours(browser, url, device, theme);
    const expected = await themeColours(browser, url, same);
    expect(Object.keys(chosen).length).toBeGreaterThan(10);
    expect(chosen).toEqual(expected);
  });

  it.each(onePageOfEachKind(paths))("%s", async (path) => {
    const results = await Promise.all(
      themes.map(async (theme) => {
        const page = pages.get(theme.name)!;
        await page.goto(`${server.url}${path}`, { waitUntil: "load" });
        await page.evaluate(() => {
          const panel = document.getElementById("reader-preferences");
          if (panel instanceof HTMLDetailsElement && !panel.hidden) panel.open = true;
        });
        await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const axeCore = (
            window as unknown as {
              axe: {
                run(
                  context: Document,
                  options: object,
                ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }>;
              };
            }
          ).axe;
          const result = await axeCore.run(document, {
            runOnly: { type: "rule", values: ["color-contrast", "color-contrast-enhanced", "link-in-text-block"] },
            // Only violations are reported here: skipping the details of passing nodes makes axe 2-3x faster.
            resultTypes: ["violations"],
          });
          return result.violations.flatMap((violation) =>
            violation.nodes.map((node) => `${violation.id} at ${node.target.join(" ")}: ${(node.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200)}`),
          );
        });
        return violations.map((violation) => `${theme.name}: ${violation}`);
      }),
    );
    const problems = results.flat();
    expect(problems, `${path}:\n${problems.join("\n")}`).toEqual([]);
  });
});
