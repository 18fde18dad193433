/**
 * Runs Eleventy (production mode: no drafts) into the given folder and returns what it wrote.
 * Whatever the build needs from this run is passed in here, for this run only: `onPageRendered` gets each
 * page's final HTML as soon as it is rendered (the plugin is added after every plugin of eleventy.config.ts).
 * Each written page also comes back with the data the later steps read (`pageData`), so none of them
 * has to read it back out of the HTML.
 */
import Eleventy from "@11ty/eleventy";
import { directories } from "../model/paths.ts";
import { renderedPagesPlugin, type RenderedPagesOptions } from "./renderedPages.ts";
import type { EleventyConfig } from "../model/eleventy.ts";

/** The keys of each page's data that come back with it: its kind (`src/model/pageKinds.ts`) and title. */
export const pageData = ["pageKind", "title"] as const;

export interface WrittenPage {
  url: string;
  inputPath: string;
  outputPath: string;
  content: string;
  /** Set by `npm run build`'s run (not the dev server's): the `pageData` keys of the page's data. */
  data?: Partial<Record<(typeof pageData)[number], unknown>>;
}

export async function runEleventy(output: string, run: RenderedPagesOptions): Promise<WrittenPage[]> {
  const eleventy = new Eleventy(directories.input, output, {
    configPath: "eleventy.config.ts",
    quietMode: true,
    runMode: "build",
    // Runs before the config file; "eleventy.beforeConfig" comes after it, so this plugin is queued last.
    config: (eleventyConfig: EleventyConfig) => {
      eleventyConfig.on("eleventy.beforeConfig", () => eleventyConfig.addPlugin(renderedPagesPlugin, run));
      // Eleventy copies these data keys into each result of write().
      for (const key of pageData) eleventyConfig.dataFilterSelectors.add(key);
    },
  });
  const results = await eleventy.write();
  // Eleventy 3 resolves to [passthroughCopies, templates]; keep the written templates.
  const templates = Array.isArray(results)
    ? (results.flat().filter((entry) => entry && typeof entry === "object" && "outputPath" in entry) as WrittenPage[])
    : [];
  return templates.filter((page) => typeof page.outputPath === "string");
}
