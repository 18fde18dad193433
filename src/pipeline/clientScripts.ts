/**
 * Bundles the site's own TypeScript for the browser with esbuild: the page script (`/assets/site.js`,
 * every page) and the search script (`/assets/search.js`, only on /search/). Minified, no source maps.
 * The search script is told the search index's version, which it passes to Pagefind as `metaCacheTag`:
 * the index's address then stays the same until the index changes, so the offline copy is found.
 * The version is the start of the MD5 of the index's `pagefind-entry.json`, which names all its other files.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

export const clientEntries = {
  "assets/site": "src/client/site.ts",
  "assets/search": "src/client/search.ts",
} as const;

/**
 * The MD5 (hex) of the search index's entry file as it is on disk in `output`, or of "none" before there is
 * one. For the preview, which bundles again once it has written the index; the build knows the MD5 from
 * the index's file list before the files are written (searchIndex.ts).
 */
export async function writtenSearchIndexEntryMd5(output: string): Promise<string> {
  const entry = await readFile(path.join(output, "pagefind", "pagefind-entry.json")).catch(() => Buffer.from("none"));
  return createHash("md5").update(entry).digest("hex");
}

/**
 * Bundles the browser scripts into `output`. `searchIndexEntryMd5` is the MD5 of the index's entry file in
 * hex digits (at least its first 12, the version the search script is told).
 */
export async function bundleClientScripts(output: string, searchIndexEntryMd5: string): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(clientEntries).map(([out, source]) => [out, path.resolve(source)])),
    outdir: output,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    define: { __SEARCH_INDEX_VERSION__: JSON.stringify(searchIndexEntryMd5.slice(0, 12)) },
    logLevel: "silent",
  });
}
