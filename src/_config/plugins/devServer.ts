/**
 * `npm start` only: after each (re)build, bundle the browser scripts and index the pages for search,
 * so the preview behaves like the published site. The service worker is left out on purpose: while
 * editing, a cached page would hide the change you just made.
 */
import { bundleClientScripts } from "../../pipeline/clientScripts.ts";
import { buildSearchIndex } from "../../pipeline/searchIndex.ts";
import type { WrittenPage } from "../../pipeline/eleventy.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";

export function devServerPlugin(eleventyConfig: EleventyConfig): void {
  let indexed = false;
  eleventyConfig.on("eleventy.after", async ({ directories, runMode, results, incremental }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    // The first build has every page. An incremental rebuild only has the changed pages: keep the
    // search index from the last full build rather than replace it with a partial one.
    if ((!indexed || !incremental) && results) {
      indexed = true;
      const pages = results.filter((page): page is WrittenPage => typeof page.outputPath === "string");
      await buildSearchIndex(directories.output, pages);
    }
    await bundleClientScripts(directories.output);
  });
  eleventyConfig.addWatchTarget("./src/client/");
}
