/** Searches a built site's Pagefind index with Pagefind's own search script, served over HTTP. */
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { temporaryFolder } from "./project.ts";
import { startStaticServer } from "./server.ts";

export interface PagefindResult {
  url: string;
  filters: Record<string, string[]>;
}

export async function searchSite(site: string, filters: Record<string, string>, query: string | null = null): Promise<PagefindResult[]> {
  const server = await startStaticServer(site);
  const folder = await temporaryFolder("als-pagefind-");
  try {
    // The built script is an ES module in a folder without "type": "module": import a copy named .mjs.
    const copy = path.join(folder, "pagefind.mjs");
    await writeFile(copy, await readFile(path.join(site, "pagefind", "pagefind.js")));
    const pagefind = (await import(pathToFileURL(copy).href)) as {
      options(options: object): Promise<void>;
      init(): Promise<void>;
      search(query: string | null, options: object): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
      destroy(): Promise<void>;
    };
    await pagefind.options({ basePath: `${server.url}/pagefind/` });
    await pagefind.init();
    const { results } = await pagefind.search(query, { filters });
    const found = await Promise.all(results.map((result) => result.data()));
    await pagefind.destroy();
    return found.map((result) => ({ ...result, url: new URL(result.url, server.url).pathname }));
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}
