/** Static files copied as they are: stylesheet, icons and the web app manifest. */
import type { EleventyConfig } from "../../model/eleventy.ts";

export function assetsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPassthroughCopy({ "src/assets/site.css": "assets/site.css" });
  eleventyConfig.addPassthroughCopy({ "src/assets/icons": "assets/icons" });
}
