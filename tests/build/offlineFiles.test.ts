/**
 * What the build writes for offline reading: the service worker's precache list, the web app manifest and
 * its icons (the maskable one decoded pixel by pixel).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { precacheUrls } from "../../src/pipeline/budgets.ts";
import { builtSitePath, sitemapPaths } from "../helpers/builtSite.ts";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

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
    const manifest = JSON.parse(await readFile(path.join(site, "manifest.webmanifest"), "utf8")) as {
      name: string;
      theme_color: string;
      icons: ManifestIcon[];
    };
    expect(manifest.name).toBe("ALS Resources");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.icons.map((icon: { type: string }) => icon.type)).toEqual(expect.arrayContaining(["image/svg+xml", "image/png"]));
    for (const icon of manifest.icons) await expect(readFile(path.join(site, icon.src))).resolves.toBeTruthy();
  });

  it("declares the maskable icon on its own, beside an `any` icon of the same size", async () => {
    const { icons } = JSON.parse(await readFile(path.join(site, "manifest.webmanifest"), "utf8")) as { icons: ManifestIcon[] };
    const maskable = icons.filter((icon) => icon.purpose.split(/\s+/).includes("maskable"));
    expect(maskable).toEqual([{ src: "/assets/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" }]);
    expect(icons.filter((icon) => icon.purpose === "any" && icon.sizes === "512x512" && icon.type === "image/png")).toHaveLength(1);
    for (const icon of icons) expect(icon.purpose, icon.src).toMatch(/^(any|maskable)$/);
  });

  it("ships a maskable icon that is square and opaque, in the theme colour, with the mark inside the safe zone", async () => {
    const { theme_color: themeColor } = JSON.parse(await readFile(path.join(site, "manifest.webmanifest"), "utf8")) as { theme_color: string };
    const icon = PNG.sync.read(await readFile(path.join(site, "assets/icons/icon-maskable-512.png")));
    expect([icon.width, icon.height]).toEqual([512, 512]);
    const pixel = (x: number, y: number) => [...icon.data.subarray((y * icon.width + x) * 4, (y * icon.width + x) * 4 + 4)];
    const background = pixel(0, 0);
    // The safe zone is the centred circle of 80% of the width; outside it the home screen may crop.
    const safeRadius = 0.4 * icon.width;
    const center = (icon.width - 1) / 2;
    let transparent = 0;
    let markOutsideSafeZone = 0;
    for (let y = 0; y < icon.height; y++) {
      for (let x = 0; x < icon.width; x++) {
        const rgba = pixel(x, y);
        if (rgba[3] !== 255) transparent++;
        if (Math.hypot(x - center, y - center) > safeRadius && rgba.join() !== background.join()) markOutsideSafeZone++;
      }
    }
    expect(transparent, "pixels with alpha below 255").toBe(0);
    expect(markOutsideSafeZone, "pixels outside the safe zone that are not the background").toBe(0);
    expect(background.slice(0, 3), "background").toEqual([1, 3, 5].map((start) => parseInt(themeColor.slice(start, start + 2), 16)));
  });
});
