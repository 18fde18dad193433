/** `/feed.xml` (Atom) and `/feed.json` (JSON Feed), both listing every published post, from the RSS plugin. */
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import type { Site } from "../schemas/site.ts";
import type { EleventyConfig } from "../types/eleventy.ts";

export function feedsPlugin(eleventyConfig: EleventyConfig, site: Site): void {
  const metadata = {
    title: site.title,
    subtitle: site.description,
    description: site.description,
    language: site.language,
    base: site.url,
    author: { name: site.maintainer },
  };
  for (const [type, outputPath] of [
    ["atom", "/feed.xml"],
    ["json", "/feed.json"],
  ] as const) {
    eleventyConfig.addPlugin(feedPlugin as never, { type, outputPath, collection: { name: "posts", limit: 0 }, metadata } as never);
  }
}
