/**
 * Reading a built site. The production build of the real site is shared by every test file: vitest's
 * global setup builds it once (see tests/helpers/sharedBuilds.ts) and tests read its path with `builtSitePath()`.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { unlistedPages } from "../../src/model/pageKinds.ts";
import { localizedUrl, translatedLanguages } from "../../src/model/languages.ts";
import { sharedBuild } from "./sharedBuilds.ts";

/** The shared production build of the real site (see sharedBuilds.ts). */
export function builtSitePath(): string {
  return sharedBuild("production");
}

/** The file a URL path maps to in a built site: "/drugs/" -> "<site>/drugs/index.html". */
export function fileForUrl(site: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  return path.join(site, clean.endsWith("/") ? `${clean}index.html` : clean);
}

export function pageExists(site: string, urlPath: string): boolean {
  return existsSync(fileForUrl(site, urlPath));
}

export async function readPage(site: string, urlPath: string): Promise<string> {
  return readFile(fileForUrl(site, urlPath), "utf8");
}

/** The URL paths listed in the built sitemap, e.g. ["/", "/about/", ...]. */
export async function sitemapPaths(site: string): Promise<string[]> {
  const xml = await readFile(path.join(site, "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * Every page tests that visit "all pages" must check: the sitemap's (both languages), plus the pages kept
 * out of it on purpose (the offline fallback and the 404 page, `unlistedPages` in `src/model/pageKinds.ts`),
 * in every language.
 */
export async function allPagePaths(site: string): Promise<string[]> {
  const unlisted = unlistedPages.flatMap((page) => [page.url, ...translatedLanguages.map((lang) => localizedUrl(page.url, lang))]);
  return [...(await sitemapPaths(site)), ...unlisted];
}
