/**
 * The build's search index, fed from a worker thread (src/pipeline/searchIndex.ts): real Pagefind, small pages.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSearchIndex } from "../../src/pipeline/searchIndex.ts";

const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>Text about ${title}.</p></main></body></html>`;

describe("search index worker", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "search-index-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("indexes each searchable page it is given, one index per language", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    indexer.add({ url: "/es/posts/andadores/", content: page("es", "Andadores") });
    indexer.add({ url: "/feed.xml", content: "<rss></rss>" }); // not a page
    indexer.add({ url: "/offline/", content: "<!doctype html><html lang=en><body><main>No body mark</main></body></html>" });

    expect(await indexer.finish(folder)).toBe(2);
    const entry = JSON.parse(await readFile(path.join(folder, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]))).toEqual({ en: 1, es: 1 });
  });

  it("reports Pagefind's failure to write, instead of hanging", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    // A file where the output folder should be: Pagefind cannot create `pagefind/` inside it.
    const notAFolder = path.join(folder, "file");
    await writeFile(notAFolder, "");
    await expect(indexer.finish(notAFolder)).rejects.toThrow(/Pagefind stopped before it finished/);
  });

  it("stops without writing anything when the build is abandoned", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    await indexer.abort();
    await expect(readFile(path.join(folder, "pagefind/pagefind-entry.json"))).rejects.toThrow(/ENOENT/);
  });
});
