/**
 * A site too big for the install budget: the shell is saved at install, other pages are saved as they are
 * read, and error responses are never saved (an address that gave a 404 online shows the offline page).
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/browser.ts";
import { buildSite, copyProject } from "../helpers/project.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

describe("offline install budget", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    project = await copyProject();
    const site = path.join(project.root, "out");
    // 1 KB: nothing but the app shell fits.
    const result = await buildSite(project.root, site, [], { OFFLINE_BUDGET_KB: "1" });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/install budget 1 KB; [1-9]\d* files saved when read/);
    server = await startStaticServer(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  it("saves pages as they are read, and never saves an error response", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/`);
      await page.locator("#offline-status", { hasText: "Available offline" }).waitFor({ timeout: 30_000 });
      await page.reload(); // now controlled by the service worker

      await page.goto(`${server.url}/drugs/edaravone/`);
      const missing = await page.goto(`${server.url}/no-such-page/`);
      expect(missing?.status()).toBe(404);

      server.setOnline(false);
      await page.goto(`${server.url}/drugs/edaravone/`);
      expect(await page.locator("h1").innerText()).toContain("Edaravone");
      await page.goto(`${server.url}/drugs/riluzole/`); // never read: not saved
      expect(await page.locator("h1").innerText()).toBe("Reading offline");
      await page.goto(`${server.url}/no-such-page/`); // the 404 was not saved
      expect(await page.locator("h1").innerText()).toBe("Reading offline");
    } finally {
      server.setOnline(true);
      await context.close();
    }
  });
});
