/**
 * Posts are rendered with our configured markdown-it (see markdown/markdownLibrary.ts), plus the Sources
 * lines that end each section of a post (see markdown/sourcesLines.ts).
 */
import { markdown } from "../../helpers/markdownLibrary.ts";
import { sourcesLines } from "../markdown/sourcesLines.ts";
import type { SourceRegistry } from "../../model/schemas/source.ts";
import type { EleventyConfig } from "../../model/eleventy.ts";
import { sectionSources } from "../../../_includes/components/citations.ts";

export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  markdown.use(sourcesLines, {
    render: (ids: string[], env: Record<string, unknown>) => sectionSources(ids, (env.sources ?? {}) as SourceRegistry).toString(),
  });
  eleventyConfig.setLibrary("md", markdown);
}
