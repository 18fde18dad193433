/**
 * Eleventy configuration. It only wires modules together; each concern lives in `src/_config/`.
 * Run through tsx: `tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts`.
 */
import { HtmlBasePlugin } from "@11ty/eleventy";
import { directories } from "./src/model/paths.ts";
import { pathPrefix } from "./src/model/siteUrls.ts";
import type { EleventyConfig } from "./src/model/eleventy.ts";
import { assetsPlugin } from "./src/_config/plugins/assets.ts";
import { collectionsPlugin } from "./src/_config/plugins/collections.ts";
import { contentPlugin } from "./src/_config/plugins/content.ts";
import { devServerPlugin } from "./src/_config/plugins/devServer.ts";
import { languageVersionsPlugin } from "./src/_config/plugins/languageVersions.ts";
import { glossaryLinksPlugin } from "./src/_config/plugins/glossaryLinks.ts";
import { markdownPlugin } from "./src/_config/plugins/markdown.ts";
import { previewNeighboursPlugin } from "./src/_config/plugins/previewNeighbours.ts";
import { quickPostUpdatePlugin } from "./src/_config/plugins/quickPostUpdate.ts";
import { templateLookupPlugin } from "./src/_config/plugins/templateLookup.ts";
import { pathNormalizingPlugin } from "./src/_config/plugins/pathNormalizing.ts";
import { dependencyEdgesPlugin } from "./src/_config/plugins/dependencyEdges.ts";
import { pagesInTurnPlugin } from "./src/_config/plugins/pagesInTurn.ts";
import { typescriptPlugin } from "./src/_config/plugins/typescript.ts";

export default function (eleventyConfig: EleventyConfig): void {
  // --- Eleventy 4's fast template lookup, backported (the build's time grew with the square of the posts)
  eleventyConfig.addPlugin(templateLookupPlugin);
  // Eleventy's path normalising, remembered (it repeats it for every template on every save)
  eleventyConfig.addPlugin(pathNormalizingPlugin);
  // Its dependency graph's edges, kept in sets too (each edge was added after searching a list of all posts)
  eleventyConfig.addPlugin(dependencyEdgesPlugin);
  // Pages laid out and written a few templates at a time (Eleventy held every page's HTML at once before writing)
  eleventyConfig.addPlugin(pagesInTurnPlugin);

  // --- Path prefix: root-relative links get PATH_PREFIX (e.g. /als-resources/ on GitHub Pages).
  eleventyConfig.addPlugin(HtmlBasePlugin as never);

  // --- Languages: pages in en/ and es/ folders are paired by path (`locale_links`). A page without a
  // translation is allowed; its language switch leads to the section's index.
  eleventyConfig.addPlugin(languageVersionsPlugin);

  // --- TypeScript: *.11ty.ts templates and validated .ts data files
  eleventyConfig.addPlugin(typescriptPlugin);

  // --- Content: front matter rules, the all-content check, drafts
  eleventyConfig.addPlugin(contentPlugin);

  // --- Markdown
  eleventyConfig.addPlugin(markdownPlugin);

  // --- Collections: posts and tags (the feeds, sitemap and list pages are templates in src/pages/)
  eleventyConfig.addPlugin(collectionsPlugin);

  // --- Glossary: the first use of each term on post, drug and program pages links to its definition
  eleventyConfig.addPlugin(glossaryLinksPlugin);

  // --- Static assets
  eleventyConfig.addPlugin(assetsPlugin);

  // --- Dev server: browser scripts and search index after each rebuild (npm start only)
  eleventyConfig.addPlugin(devServerPlugin);
  // A saved post's previous and next posts and translations, which show it, are rebuilt with it (npm start only).
  eleventyConfig.addPlugin(previewNeighboursPlugin);
  // A saved post and the pages that show it, rendered again at once, before Eleventy's rebuild (npm start only).
  eleventyConfig.addPlugin(quickPostUpdatePlugin);
  eleventyConfig.setServerOptions({ port: Number(process.env.PORT ?? 8080), showAllHosts: false });

  // `npm run build` adds one more plugin after these, for its run only: see src/pipeline/eleventy.ts.
}

export const config = {
  // The output folder is not set here: Eleventy's default is _site, and `npm run build` passes its own
  // staging folder (a `dir.output` in this object would override it).
  dir: { input: directories.input, data: directories.data, includes: directories.includes },
  templateFormats: ["md", "11ty.ts"],
  // Markdown is plain markdown: no template language runs inside a post.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  pathPrefix: pathPrefix(),
};
