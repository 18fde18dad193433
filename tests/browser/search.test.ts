/** Search, in real Chromium against the built site: results, announcements, filters, and offline. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/browser.ts";
import { builtSitePath } from "../helpers/builtSite.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

interface SearchOutcome {
  announcement: string;
  urls: string[];
}

const searchPages = {
  en: { path: "/search/", label: "Search for a word or phrase", done: /result/i },
  es: { path: "/es/search/", label: "Busque una palabra o frase", done: /resultado/i },
};

async function searchFor(page: Page, origin: string, query: string, lang: keyof typeof searchPages = "en"): Promise<SearchOutcome> {
  const search = searchPages[lang];
  await page.goto(`${origin}${search.path}`);
  await page.getByLabel(search.label).fill(query);
  await page.keyboard.press("Enter");
  const announcement = page.locator("#search-announcement");
  await announcement.filter({ hasText: search.done }).waitFor({ timeout: 20_000 });
  const urls = await page.locator("#search-results a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { announcement: await announcement.innerText(), urls };
}

describe("search", () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const online = new Map<string, SearchOutcome>();
  const queries = ["tofersen", "genetic testing", "breathing", "zqxvjk"];

  beforeAll(async () => {
    server = await startStaticServer(builtSitePath());
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('lists the tofersen drug page among the first three results for "tofersen"', async () => {
    const outcome = await searchFor(page, server.url, "tofersen");
    online.set("tofersen", outcome);
    expect(outcome.urls.slice(0, 3)).toContain("/drugs/tofersen/");
    expect(outcome.announcement).toMatch(/^\d+ results? for “tofersen”/);
    expect(await page.locator("#search-results mark").count()).toBeGreaterThan(0);
  });

  it('finds the genetic testing program for "genetic testing"', async () => {
    const outcome = await searchFor(page, server.url, "genetic testing");
    online.set("genetic testing", outcome);
    expect(outcome.urls).toContain("/programs/genetic-testing-education/");
  });

  it('finds the Spanish genetic testing program for "genética" on the Spanish search page, and only Spanish pages', async () => {
    const outcome = await searchFor(page, server.url, "genética", "es");
    online.set("es:genética", outcome);
    expect(outcome.urls).toContain("/es/programs/genetic-testing-education/");
    for (const url of outcome.urls) expect(url).toMatch(/^\/es\//);
    expect(outcome.announcement).toMatch(/^\d+ resultados? para «genética»/);
  });

  it('finds pages about "breathing"', async () => {
    const outcome = await searchFor(page, server.url, "breathing");
    online.set("breathing", outcome);
    expect(outcome.urls.length).toBeGreaterThan(0);
  });

  it("announces that a nonsense word has no results", async () => {
    const outcome = await searchFor(page, server.url, "zqxvjk");
    online.set("zqxvjk", outcome);
    expect(outcome.urls).toEqual([]);
    expect(outcome.announcement).toMatch(/^No results for “zqxvjk”/);
    expect(await page.locator("#search-announcement").getAttribute("aria-live")).toBe("polite");
  });

  it("filters results by type and by drug status with native controls", async () => {
    await searchFor(page, server.url, "ALS");
    await page.getByRole("radio", { name: "Programs" }).check();
    await page
      .locator("#search-announcement")
      .filter({ hasText: /result/ })
      .waitFor();
    const programUrls = await page.locator("#search-results a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(programUrls.length).toBeGreaterThan(0);
    for (const url of programUrls) expect(url).toMatch(/^\/programs\//);

    await page.getByLabel("Treatment status").selectOption("approved");
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#search-results a")].every((link) => new URL((link as HTMLAnchorElement).href).pathname.startsWith("/drugs/")),
    );
    const approved = await page.locator("#search-results a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(approved.sort()).toEqual(["/drugs/edaravone/", "/drugs/riluzole/", "/drugs/tofersen/"]);
  });

  it("gives the same results with the network off after a first visit", async () => {
    const offlineContext = await browser.newContext();
    const offlinePage = await offlineContext.newPage();
    try {
      await offlinePage.goto(`${server.url}/`);
      await offlinePage.locator("#offline-status", { hasText: "Available offline" }).waitFor({ timeout: 30_000 });
      server.setOnline(false);
      for (const query of queries) {
        const outcome = await searchFor(offlinePage, server.url, query);
        expect(outcome, query).toEqual(online.get(query));
      }
    } finally {
      server.setOnline(true);
      await offlineContext.close();
    }
  });

  it('finds "genética" with the network off after a first visit in Spanish', async () => {
    const offlineContext = await browser.newContext();
    const offlinePage = await offlineContext.newPage();
    try {
      await offlinePage.goto(`${server.url}/es/`);
      await offlinePage.locator("#offline-status", { hasText: "Disponible sin conexión" }).waitFor({ timeout: 30_000 });
      server.setOnline(false);
      expect(await searchFor(offlinePage, server.url, "genética", "es")).toEqual(online.get("es:genética"));
    } finally {
      server.setOnline(true);
      await offlineContext.close();
    }
  });
});
