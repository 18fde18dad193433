/**
 * Bundles the site's own TypeScript for the browser with esbuild: the page script (`/assets/site.js`,
 * every page) and the search script (`/assets/search.js`, only on /search/). Minified, no source maps.
 * The search script is told the search index's version, which it passes to Pagefind as `metaCacheTag`:
 * the index's address then stays the same until the index changes, so the offline copy is found.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

export const clientEntries = {
  "assets/site": "src/client/site.ts",
  "assets/search": "src/client/search.ts",
} as const;

async function searchIndexVersion(output: string): Promise<string> {
  const entry = await readFile(path.join(output, "pagefind", "pagefind-entry.json")).catch(() => Buffer.from("none"));
  return createHash("md5").update(entry).digest("hex").slice(0, 12);
}

export async function bundleClientScripts(output: string): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(clientEntries).map(([out, source]) => [out, path.resolve(source)])),
    outdir: output,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    define: { __SEARCH_INDEX_VERSION__: JSON.stringify(await searchIndexVersion(output)) },
    logLevel: "silent",
  });
}
