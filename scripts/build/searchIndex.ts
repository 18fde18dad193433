/**
 * Pagefind's full-text index of every page's main content (`data-pagefind-body` on <main>), built
 * through its Node API from the HTML Eleventy just rendered, so no page is read from disk again.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { pathPrefix } from "../../src/_config/siteUrls.ts";
import type { WrittenPage } from "./eleventy.ts";
import { htmlPages } from "./pageIndex.ts";

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

export async function buildSearchIndex(output: string, pages: WrittenPage[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const prefix = pathPrefix();
    let indexed = 0;
    for (const page of htmlPages(pages)) {
      if (!page.content.includes("data-pagefind-body")) continue;
      const result = await index.addHTMLFile({ url: `${prefix}${page.url.replace(/^\//, "")}`, content: page.content });
      if (result.errors.length > 0) throw new Error(`${page.url}: ${result.errors.join("; ")}`);
      indexed++;
    }
    const written = await index.writeFiles({ outputPath: path.join(output, "pagefind") });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    await Promise.all(unusedFiles.map((file) => rm(path.join(output, "pagefind", file), { force: true })));
    return indexed;
  } finally {
    await pagefind.close();
  }
}
