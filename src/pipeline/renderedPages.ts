/**
 * Hands each page to a callback the moment Eleventy renders it, so work such as search indexing runs
 * alongside rendering (Pagefind is a separate process: it uses the second core) instead of after it.
 * Not part of eleventy.config.ts: `npm run build` adds it for its own run only (src/pipeline/eleventy.ts),
 * after every other plugin, so the callback gets the final HTML.
 */
import type { EleventyConfig } from "../model/eleventy.ts";

export interface RenderedPage {
  url: string;
  outputPath: string;
  content: string;
}

export interface RenderedPagesOptions {
  onPageRendered: (page: RenderedPage) => void;
}

export function renderedPagesPlugin(eleventyConfig: EleventyConfig, { onPageRendered }: RenderedPagesOptions): void {
  eleventyConfig.addTransform("rendered-pages", function (content) {
    const { url, outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html")) onPageRendered({ url, outputPath, content });
    return content;
  });
}
