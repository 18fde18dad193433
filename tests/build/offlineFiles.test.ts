/** What the build writes for offline reading: the service worker's precache list and the web app manifest. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { precacheUrls } from "../../scripts/build/budgets.ts";
import { builtSitePath, sitemapPaths } from "../helpers/builtSite.ts";

describe("offline files", () => {
  let site: string;
  let precached: string[];
  beforeAll(async () => {
    site = builtSitePath();
    precached = precacheUrls(await readFile(path.join(site, "sw.js"), "utf8"));
  });

  it("precaches the app shell and every page in the sitemap", async () => {
    for (const shell of ["./", "offline/", "assets/site.css", "assets/site.js", "manifest.webmanifest", "offline-index.json"]) {
      expect(precached, shell).toContain(shell);
    }
    for (const url of await sitemapPaths(site)) {
      expect(precached, url).toContain(url === "/" ? "./" : url.slice(1));
    }
  });

  it("precaches the search engine and index", () => {
    expect(precached).toContain("pagefind/pagefind.js");
    expect(precached).toContain("pagefind/pagefind-entry.json");
    expect(precached.some((url) => url.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("never precaches the service worker itself or the 404 page", () => {
    expect(precached).not.toContain("sw.js");
    expect(precached).not.toContain("404.html");
  });

  it("writes a web app manifest with name, colours and SVG and PNG icons", async () => {
    const manifest = JSON.parse(await readFile(path.join(site, "manifest.webmanifest"), "utf8"));
    expect(manifest.name).toBe("ALS Resources");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((icon: { type: string }) => icon.type)).toEqual(expect.arrayContaining(["image/svg+xml", "image/png"]));
    for (const icon of manifest.icons) await expect(readFile(path.join(site, icon.src))).resolves.toBeTruthy();
  });
});
