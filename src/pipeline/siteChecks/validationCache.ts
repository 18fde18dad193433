/**
 * The validation cache (`cacheFile`): the content hashes of pages that were valid HTML under exactly this
 * html-validate version and configuration, so a later run validates only the pages that changed.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { version as htmlValidateVersion } from "html-validate";
import { htmlValidateConfig } from "./html.ts";
import type { PageFacts } from "./types.ts";

interface ValidationCache {
  key: string;
  valid: string[];
}

/** A page's content hash, as the cache remembers it. */
export function pageHash(html: string): string {
  return createHash("sha256").update(html).digest("base64url").slice(0, 24);
}

function cacheKey(): string {
  return createHash("sha256")
    .update(JSON.stringify([htmlValidateVersion, htmlValidateConfig, 1]))
    .digest("base64url");
}

/** The hashes of pages known to be valid; none without a cache file, or when it was made under another configuration. */
export async function readValidationCache(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  try {
    const cache = JSON.parse(await readFile(file, "utf8")) as ValidationCache;
    return cache.key === cacheKey() && Array.isArray(cache.valid) ? cache.valid : [];
  } catch {
    return [];
  }
}

/** Remembers the pages of this run that were valid HTML (and forgets the others). */
export async function writeValidationCache(file: string | undefined, pages: PageFacts[]): Promise<void> {
  if (!file) return;
  const valid = pages.filter((page) => page.validHtml && page.hash).map((page) => page.hash!);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ key: cacheKey(), valid } satisfies ValidationCache));
}
