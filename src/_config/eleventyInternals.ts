/**
 * Eleventy's own modules and the packages it depends on, for the plugins that change them (templateLookup,
 * pathNormalizing, dependencyEdges, pagesInTurn). None is one of Eleventy's exports: each is reached from
 * Eleventy's entry point, so it is the same module instance Eleventy itself uses, not a second copy.
 */
import { createRequire } from "node:module";

const eleventyEntry = import.meta.resolve("@11ty/eleventy");

/** `require` as Eleventy's entry point sees it: a package Eleventy depends on (not one of ours), as Eleventy loads it. */
export const requireFromEleventy = createRequire(eleventyEntry);

/** One of Eleventy's own source modules, by its file name beside the entry point (e.g. "Template.js"). */
export async function importEleventyModule<T>(file: string): Promise<T> {
  return (await import(new URL(`./${file}`, eleventyEntry).href)) as T;
}
