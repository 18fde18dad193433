/**
 * Lets the build script see each page the moment Eleventy renders it, so work such as search indexing
 * runs alongside rendering (Pagefind is a separate process: it uses the second core) instead of after it.
 * Registered last, so listeners get the final HTML. Without listeners (e.g. `npm start`) it does nothing.
 */
import type { EleventyConfig } from "../types/eleventy.ts";

export interface RenderedPage {
  url: string;
  outputPath: string;
  content: string;
}

type Listener = (page: RenderedPage) => void;
const listeners = new Set<Listener>();

/** Subscribes to rendered pages; returns the function that unsubscribes. */
export function onPageRendered(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function renderedPagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("rendered-pages", function (content) {
    const { url, outputPath } = this.page;
    if (listeners.size > 0 && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      for (const listener of listeners) listener({ url, outputPath, content });
    }
    return content;
  });
}
