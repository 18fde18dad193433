/**
 * Offline reading, in real Chromium against the built site served on 127.0.0.1.
 * "Network off" means the server drops every connection, as a phone with no signal would see.
 */
import { decodeHTML } from "entities";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/browser.ts";
import { unlistedPages } from "../../src/model/pageKinds.ts";
import { allPagePaths, builtSitePath, readPage, sitemapPaths } from "../helpers/builtSite.ts";
import { editedDrug, sharedBuild } from "../helpers/sharedBuilds.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

function h1Of(html: string): string {
  const match = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  return decodeHTML((match?.[1] ?? "").replace(/<[^>]+>/g, "")).trim();
}

/** Waits until a service worker controls the page and the footer says the site is saved. */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await page.locator("#offline-status", { hasText: "Available offline" }).waitFor({ timeout: 30_000 });
}

describe("offline reading", () => {
  let browser: Browser;
  let server: StaticServer;
  let site: string;

  beforeAll(async () => {
    // The update test serves the edited build in its place, then switches back (server.setRoot).
    site = builtSitePath();
    server = await startStaticServer(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("after one visit, with the network off", () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      server.setRoot(site);
      server.setOnline(true);
      context = await browser.newContext();
      page = await context.newPage();
      await page.goto(`${server.url}/`);
      await waitUntilSaved(page);
      server.setOnline(false);
    });
    afterAll(async () => {
      server.setOnline(true);
      await context.close();
    });

    it("opens every page of the sitemap, and the saved pages outside it, with its own h1", async () => {
      const saved = unlistedPages.filter((unlisted) => unlisted.savedForOffline).map((unlisted) => unlisted.url);
      expect(saved).toContain("/offline/");
      const urls = [...(await sitemapPaths(site)), ...saved];
      expect(urls.length).toBeGreaterThan(30);
      for (const url of urls) {
        const response = await page.goto(`${server.url}${url}`);
        expect(response?.ok(), url).toBe(true);
        expect(await page.locator("h1").innerText(), url).toBe(h1Of(await readPage(site, url)));
      }
    });

    it("opens clean URLs without the trailing slash", async () => {
      await page.goto(`${server.url}/drugs/tofersen`);
      expect(await page.locator("h1").innerText()).toBe(h1Of(await readPage(site, "/drugs/tofersen/")));
    });

    it("shows the offline page for the pages outside the sitemap that are never saved (the 404 page)", async () => {
      const unsaved = unlistedPages.filter((unlisted) => !unlisted.savedForOffline).map((unlisted) => unlisted.url);
      expect(unsaved).toContain("/404.html");
      for (const url of unsaved) {
        await page.goto(`${server.url}${url}`);
        expect(await page.locator("h1").innerText(), url).toBe("Reading offline");
      }
    });

    it("shows the offline page for an address that was never saved, listing the saved pages", async () => {
      await page.goto(`${server.url}/no-such-page/`);
      expect(await page.locator("h1").innerText()).toBe("Reading offline");
      await page.locator("#offline-pages a", { hasText: "Tofersen" }).first().waitFor();
      expect(await page.locator("#offline-pages li").count()).toBeGreaterThan(30);
    });
  });

  it("serves a changed page fresh to online readers and offers the update to readers of the old version", async () => {
    server.setRoot(site);
    server.setOnline(true);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${editedDrug.url}`);
      await waitUntilSaved(page);

      // A maintainer edits a drug and the site is rebuilt and deployed (a shared build: sharedBuilds.ts).
      try {
        server.setRoot(sharedBuild("editedDrug"));

        await page.reload();
        expect(await page.locator("main").innerText()).toContain(editedDrug.marker);

        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        const notice = page.locator("#update-notice");
        await notice.getByRole("button", { name: "Load the new version" }).waitFor({ timeout: 30_000 });
        expect(await notice.innerText()).toContain("New content is available");

        await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Load the new version" }).click()]);
        server.setOnline(false);
        await page.goto(`${server.url}${editedDrug.url}`);
        expect(await page.locator("main").innerText()).toContain(editedDrug.marker);
      } finally {
        server.setOnline(true);
        server.setRoot(site);
      }
    } finally {
      await context.close();
    }
  });

  it("renders every page fully with JavaScript disabled", async () => {
    server.setOnline(true);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const urls = await allPagePaths(site);
      expect(urls).toEqual(expect.arrayContaining(["/offline/", "/404.html"]));
      for (const url of urls) {
        await page.goto(`${server.url}${url}`);
        expect(await page.locator("h1").innerText(), url).toBe(h1Of(await readPage(site, url)));
        expect((await page.locator("main").innerText()).length, url).toBeGreaterThan(100);
      }
      await page.goto(`${server.url}/drugs/tofersen/`);
      expect(await page.locator("main").innerText()).toContain("Questions to ask your care team");
    } finally {
      await context.close();
    }
  });
});
