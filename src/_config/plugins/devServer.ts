/**
 * `npm start` only: after each (re)build, bundle the browser scripts and index the pages for search,
 * so the preview behaves like the published site. The service worker is left out on purpose: while
 * editing, a cached page would hide the change you just made.
 */
import { bundleClientScripts } from "../../../scripts/build/clientScripts.ts";
import { buildSearchIndex } from "../../../scripts/build/searchIndex.ts";
import type { WrittenPage } from "../../../scripts/build/eleventy.ts";
import type { EleventyConfig } from "../types/eleventy.ts";

export function devServerPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, results, incremental }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    // An incremental rebuild only has the changed pages: keep the last full search index.
    if (!incremental && results) {
      const pages = results.filter((page): page is WrittenPage => typeof page.outputPath === "string");
      await buildSearchIndex(directories.output, pages);
    }
    await bundleClientScripts(directories.output);
  });
  eleventyConfig.addWatchTarget("./src/client/");
}
