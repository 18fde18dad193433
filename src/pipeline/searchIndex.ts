/**
 * Pagefind's full-text index of every page's main content (`data-pagefind-body` on <main>), built
 * through its Node API from the HTML Eleventy renders, so no page is read from disk again. Pages are
 * added as they are rendered: Pagefind indexes them in its own process while Eleventy carries on.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pathPrefix } from "../model/siteUrls.ts";

/** Pagefind writes ready-made search UIs too; our own search page uses only its JS API. */
const unusedFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * Pagefind reads only `<main>` (the `data-pagefind-body` element), so only that is sent: it parses a
 * third less HTML per page, which is most of its work.
 */
export function searchableHtml(content: string): string {
  const start = content.indexOf("<main");
  const end = content.indexOf("</main>");
  if (start === -1 || end === -1) return content;
  // Pagefind keeps one index per language, from `<html lang>`: the Spanish search page searches Spanish pages.
  const lang = /<html lang="([a-z-]+)"/.exec(content.slice(0, 200))?.[1] ?? "en";
  return `<!doctype html><html lang="${lang}"><body>${content.slice(start, end + "</main>".length)}</body></html>`;
}

export interface SearchIndexer {
  /** Queues one rendered page; pages without `data-pagefind-body` are skipped. */
  add(page: { url: string; content: string }): void;
  /** Waits for every queued page, writes the index into `<output>/pagefind`, returns the page count. */
  finish(output: string): Promise<number>;
  /** Stops Pagefind without writing (after a failed build). */
  abort(): Promise<void>;
}

export async function startSearchIndex(): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const prefix = pathPrefix();
  const pending: Array<Promise<void>> = [];
  return {
    add(page) {
      if (!page.url.endsWith("/") || !page.content.includes("data-pagefind-body")) return;
      pending.push(
        index.addHTMLFile({ url: `${prefix}${page.url.replace(/^\//, "")}`, content: searchableHtml(page.content) }).then((result) => {
          if (result.errors.length > 0) throw new Error(`${page.url}: ${result.errors.join("; ")}`);
        }),
      );
    },
    async finish(output) {
      try {
        await Promise.all(pending);
        const written = await index.writeFiles({ outputPath: path.join(output, "pagefind") });
        if (written.errors.length > 0) throw new Error(written.errors.join("; "));
        await Promise.all(unusedFiles.map((file) => rm(path.join(output, "pagefind", file), { force: true })));
        return pending.length;
      } finally {
        await pagefind.close();
      }
    },
    async abort() {
      await Promise.allSettled(pending);
      await pagefind.close();
    },
  };
}

/** Indexes pages that are already rendered (the dev server uses this after each full rebuild). */
export async function buildSearchIndex(output: string, pages: Array<{ url: string; content: string }>): Promise<number> {
  const indexer = await startSearchIndex();
  for (const page of pages) indexer.add(page);
  return indexer.finish(output);
}
