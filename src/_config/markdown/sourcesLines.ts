/**
 * markdown-it plugin: a paragraph that is only a Sources line ("Sources: qalsody-label, smith-2025") is
 * replaced by the HTML `render` returns for those ids, given the page's data (markdown-it's `env`, which
 * Eleventy sets to the page data). "Sources: none" renders nothing. The line's rules are in
 * `content/postSections.ts`, which the content check uses too, so both read a post the same way.
 */
import type { MarkdownIt, StateCore } from "markdown-it";
import { parseSourcesLine, sourcesLinePattern } from "../../model/postSections.ts";

export interface SourcesLinesOptions {
  render: (ids: string[], env: Record<string, unknown>) => string;
}

/** Instances that have the rule already (the dev server loads the Eleventy config again on changes). */
const installed = new WeakSet<MarkdownIt>();

export function sourcesLines(md: MarkdownIt, options: SourcesLinesOptions): void {
  if (installed.has(md)) return;
  installed.add(md);
  md.core.ruler.push("sources_lines", (state: StateCore) => {
    const tokens = state.tokens;
    for (let index = 0; index + 2 < tokens.length; index++) {
      const [open, inline, close] = [tokens[index]!, tokens[index + 1]!, tokens[index + 2]!];
      if (open.type !== "paragraph_open" || inline.type !== "inline" || close.type !== "paragraph_close") continue;
      const match = sourcesLinePattern.exec(inline.content);
      if (!match || inline.content.includes("\n")) continue;
      const block = new state.Token("html_block", "", 0);
      const env = (state.env ?? {}) as Record<string, unknown>; // markdown-it types env as any
      block.content = options.render(parseSourcesLine(match[1]!), env);
      tokens.splice(index, 3, block);
    }
  });
}
