/**
 * Writes `/sw.js` with workbox-build.
 *
 * Why `injectManifest` and not `generateSW`: our navigation handling is custom (network first with a
 * timeout, clean URLs with and without the trailing slash, the offline page for unsaved addresses, and an
 * update that waits for the reader's click), which generateSW's options cannot express; and the service
 * worker's own source stays TypeScript (`src/sw/sw.ts`), bundled here by esbuild.
 *
 * Why we build the precache list ourselves: letting workbox glob and hash every file reads the whole
 * site from disk again (slower than Eleventy's whole build on a large site). Pages' revisions are hashes
 * of the HTML Eleventy already holds in memory; Pagefind's files come from the list its worker sends before
 * writing them (most carry a content hash in their names and need no revision), so this step runs while
 * they are written; only the handful of other assets are read and hashed here.
 *
 * The install budget: what fits is precached, in priority order (app shell, search engine, then each
 * page kind's `precache` order from src/model/pageKinds.ts: drugs, programs, glossary and other key
 * pages, newest posts, tag pages; then search fragments); the rest is saved as it is read.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
// The inject-manifest entry alone: the package's index also loads generateSW's bundler (half a second).
import { injectManifest } from "workbox-build/build/inject-manifest.js";
import type { WrittenPage } from "./eleventy.ts";
import type { SearchIndexFile } from "./searchIndex.ts";
import { pageSettings } from "../model/pageKinds.ts";
import { htmlPages, kindOfPage } from "./pageIndex.ts";
import { languageCodes, languageOfUrl, type Lang } from "../model/languages.ts";

export interface PrecacheItem {
  url: string;
  revision: string | null;
  size: number;
  priority: number;
}

export interface ServiceWorkerReport {
  /** For the English reader's install (each language's is reported in `byLanguage`). */
  precached: number;
  precachedBytes: number;
  deferred: number;
  budgetBytes: number;
  byLanguage: Record<Lang, { precached: number; precachedBytes: number; deferred: number }>;
}

/** Where each language's install list is injected in sw.js (see src/sw/sw.ts). */
const injectionPoints: Record<Lang, string> = { en: "self.__PRECACHE_EN", es: "self.__PRECACHE_ES" };

/**
 * The install list for a reader of `lang`: the shared files (the shell, which includes every language's
 * home and offline pages) and `lang`'s pages and search index. The other language's pages are saved as
 * they are read, so a reader downloads one language, not two, at install.
 */
export function forReader(items: PrecacheItem[], lang: Lang): PrecacheItem[] {
  return items
    .flatMap((item) => {
      const page = item.url.endsWith("/") || item.url === "./";
      // Pagefind names each language's files after it ("pagefind/index/es_1a2b….pf_index", "pagefind/wasm.es.pagefind").
      const searchLang = /^pagefind\/(?:.*\b(en|es)_[0-9a-f]+|wasm\.(en|es)\.pagefind$)/.exec(item.url)?.slice(1).find(Boolean) as Lang | undefined;
      const itemLang = page ? languageOfUrl(`/${item.url === "./" ? "" : item.url}`) : (searchLang ?? lang);
      return itemLang === lang || item.priority === 0 ? [item] : [];
    })
    .sort((a, b) => a.priority - b.priority || a.url.localeCompare(b.url));
}

/** Default install budget; `OFFLINE_BUDGET_KB` changes it. The default content fits whole. */
export const defaultBudgetKb = 3072;

// searchIndexWorker.js gives Pagefind's files the same revision: change both together.
const md5 = (data: string | Buffer) => createHash("md5").update(data).digest("hex").slice(0, 16);

async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/**
 * A page's precache entry. Its revision, the MD5 of its HTML, is worked out only when it is asked for, which
 * is only for a page that fits in the install budget: in a large archive most posts do not (at 4,000 posts,
 * hashing every page took 0.18 s of the main thread, at the end of the build), and they need none.
 */
function pageItem(page: WrittenPage, priority: number): PrecacheItem {
  let revision: string | undefined;
  return {
    url: page.url === "/" ? "./" : page.url.replace(/^\//, ""),
    size: Buffer.byteLength(page.content),
    priority,
    get revision() {
      return (revision ??= md5(page.content));
    },
  };
}

/** Lower numbers are saved first: the page kind's `precache` (`src/model/pageKinds.ts`), newest posts first within it. */
function pagePriority(page: WrittenPage, postRank: Map<string, number>): number | false {
  const priority = pageSettings(kindOfPage(page), page.url).precache;
  return priority === false ? false : priority + (postRank.get(page.url) ?? 0) / 1e6;
}

function assetPriority(file: string): number {
  if (file.startsWith("pagefind/fragment/")) return 70;
  if (file.startsWith("pagefind/")) return file.startsWith("pagefind/wasm.unknown") ? -1 : 10;
  if (file.endsWith(".map")) return -1;
  return 0;
}

/** Files whose names already change with their content. */
const hashedName = /^pagefind\/(index|fragment|filter)\/|\.pf_meta$/;

export async function collectPrecacheItems(
  output: string,
  pages: WrittenPage[],
  newestPostUrls: string[],
  searchIndexFiles: SearchIndexFile[],
): Promise<PrecacheItem[]> {
  const postRank = new Map(newestPostUrls.map((url, index) => [url, index]));
  const items: PrecacheItem[] = htmlPages(pages).flatMap((page) => {
    const priority = pagePriority(page, postRank);
    return priority === false ? [] : [pageItem(page, priority)];
  });
  // Pagefind's files may still be being written: their sizes and hashes come from its list.
  for (const file of searchIndexFiles) {
    const url = `pagefind/${file.path}`;
    const priority = assetPriority(url);
    if (priority >= 0) items.push({ url, revision: hashedName.test(url) ? null : file.md5, size: file.size, priority });
  }
  const assetFiles = [...(await filesUnder(output, "assets")), "manifest.webmanifest", "offline-index.json"];
  for (const file of assetFiles) {
    const priority = assetPriority(file);
    if (priority < 0) continue;
    const url = file.split(path.sep).join("/");
    if (hashedName.test(url)) {
      items.push({ url, revision: null, size: (await stat(path.join(output, file))).size, priority });
    } else {
      const bytes = await readFile(path.join(output, file));
      items.push({ url, revision: md5(bytes), size: bytes.length, priority });
    }
  }
  return items.sort((a, b) => a.priority - b.priority || a.url.localeCompare(b.url));
}

/** Takes items in priority order while they fit; the shell (priority 0) is always taken. */
export function applyBudget(items: PrecacheItem[], budgetBytes: number): { precache: PrecacheItem[]; deferred: PrecacheItem[] } {
  const precache: PrecacheItem[] = [];
  const deferred: PrecacheItem[] = [];
  let used = 0;
  for (const item of items) {
    if (item.priority === 0 || used + item.size <= budgetBytes) {
      precache.push(item);
      used += item.size;
    } else {
      deferred.push(item);
    }
  }
  return { precache, deferred };
}

export async function writeServiceWorker(
  output: string,
  pages: WrittenPage[],
  newestPostUrls: string[],
  searchIndexFiles: SearchIndexFile[],
): Promise<ServiceWorkerReport> {
  const swPath = path.join(output, "sw.js");
  await build({
    entryPoints: [path.resolve("src/sw/sw.ts")],
    outfile: swPath,
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });

  const budgetBytes = Number(process.env.OFFLINE_BUDGET_KB ?? defaultBudgetKb) * 1024;
  const items = await collectPrecacheItems(output, pages, newestPostUrls, searchIndexFiles);
  const byLanguage = {} as ServiceWorkerReport["byLanguage"];
  for (const lang of languageCodes) {
    const { precache, deferred } = applyBudget(forReader(items, lang), budgetBytes);
    const result = await injectManifest({
      swSrc: swPath,
      swDest: swPath,
      globDirectory: output,
      globPatterns: [],
      injectionPoint: injectionPoints[lang],
      additionalManifestEntries: precache.map(({ url, revision }) => ({ url, revision })),
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    });
    if (result.warnings.length > 0) throw new Error(result.warnings.join("\n"));
    byLanguage[lang] = { precached: precache.length, precachedBytes: precache.reduce((sum, item) => sum + item.size, 0), deferred: deferred.length };
  }
  return { ...byLanguage.en, budgetBytes, byLanguage };
}
