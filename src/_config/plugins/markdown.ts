/** Posts are rendered with our configured markdown-it (see markdown/markdownLibrary.ts). */
import { markdown } from "../markdown/markdownLibrary.ts";
import type { EleventyConfig } from "../types/eleventy.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", markdown);
}
