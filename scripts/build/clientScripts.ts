/**
 * Bundles the site's own TypeScript for the browser with esbuild: the page script (`site.ts`) and
 * the service worker (`sw.ts`). Minified, one file each, no source maps (pages stay tiny).
 */
import { build } from "esbuild";
import path from "node:path";

export const clientEntries = {
  "assets/site": "src/client/site.ts",
  "assets/search": "src/client/search.ts",
} as const;

export async function bundleClientScripts(output: string): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(clientEntries).map(([out, source]) => [out, path.resolve(source)])),
    outdir: output,
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    logLevel: "silent",
  });
}
