/**
 * `npm start` only: after each (re)build, bundle the browser scripts, write the offline page list and index
 * the pages for search, so the preview behaves like the published site. The service worker is left out on
 * purpose: while editing, a cached page would hide the change you just made.
 *
 * An incremental rebuild renders only the pages a change touches, so this keeps what it needs of every page
 * (its searchable `<main>`, title and kind) from the build that last rendered it, forgets pages that are
 * gone, and updates the search index and the offline list from that, without rendering anything again.
 * The search index is rewritten in the background after a rebuild: the browser reloads without waiting.
 */
import { bundleClientScripts, writtenSearchIndexEntryMd5 } from "../../pipeline/clientScripts.ts";
import { pageData, type WrittenPage } from "../../pipeline/eleventy.ts";
import { writePageIndex } from "../../pipeline/pageIndex.ts";
import { buildSearchIndex, searchablePage, type SearchablePage } from "../../pipeline/searchIndex.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";
import { isPreview } from "../../helpers/runMode.ts";

/** What the preview keeps of each page between rebuilds. */
class PreviewPages {
  private readonly pages = new Map<string, { page: Omit<WrittenPage, "content">; searchable?: SearchablePage }>();

  /** Takes in the pages a build rendered; `currentUrls` (every page the site has now) drops deleted pages. */
  update(rendered: WrittenPage[], currentUrls: ReadonlySet<string> | undefined): void {
    for (const { content, ...page } of rendered) this.pages.set(page.url, { page, searchable: searchablePage({ url: page.url, content }) });
    if (currentUrls) for (const url of this.pages.keys()) if (!currentUrls.has(url)) this.pages.delete(url);
  }

  all(): Array<Omit<WrittenPage, "content">> {
    return [...this.pages.values()].map((entry) => entry.page);
  }

  searchable(): SearchablePage[] {
    return [...this.pages.values()].flatMap((entry) => (entry.searchable ? [entry.searchable] : []));
  }
}

export function devServerPlugin(eleventyConfig: EleventyConfig): void {
  // The offline list needs each page's title and kind (as `npm run build` does, src/pipeline/eleventy.ts).
  for (const key of pageData) eleventyConfig.dataFilterSelectors.add(key);
  const preview = new PreviewPages();
  let currentUrls: Set<string> | undefined;
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => {
    currentUrls = new Set(Object.keys(urlToInputPath));
  });
  // One search index write at a time, in order: a later rebuild's waits for the one before.
  let searchIndexWritten = Promise.resolve();
  let firstBuild = true;

  let output: string | undefined;
  // The quick update of a saved post (quickPostUpdate.ts) brings the offline list up to date at once; the
  // search index follows Eleventy's rebuild, which comes next and would write it again.
  eleventyConfig.on("preview.pagesWritten", async (pages) => {
    if (output === undefined) return;
    preview.update(pages, undefined);
    await writePageIndex(output, preview.all());
  });

  eleventyConfig.on("eleventy.after", async ({ directories, runMode, results }) => {
    if (!isPreview(runMode)) return;
    const folder = directories.output;
    output = folder;
    preview.update(
      (results ?? []).filter((page): page is WrittenPage => typeof page.outputPath === "string"),
      currentUrls,
    );
    await writePageIndex(folder, preview.all());
    await bundleClientScripts(folder, await writtenSearchIndexEntryMd5(folder));

    const pages = preview.searchable();
    searchIndexWritten = searchIndexWritten
      .then(() => buildSearchIndex(folder, pages))
      // The search script carries the index's version (clientScripts.ts).
      .then(async (indexed) => {
        await bundleClientScripts(folder, await writtenSearchIndexEntryMd5(folder));
        console.log(`[11ty] Search index up to date: ${indexed} pages`);
      })
      .catch((error: unknown) => console.error(`[11ty] The search index was not updated: ${error instanceof Error ? error.message : String(error)}`));
    // The first build waits for its index, so search works as soon as the preview opens.
    if (firstBuild) await searchIndexWritten;
    firstBuild = false;
  });
  eleventyConfig.addWatchTarget("./src/client/");
}
