/**
 * The one markdown-it instance used for posts and for the text fields of data files.
 * - headings get stable ids (markdown-it-anchor), so any section can be linked with `#id`;
 * - links to other websites get `rel="noopener noreferrer"` and say, in words, that they leave the site.
 */
import markdownIt, { type MarkdownIt, type StateCore } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { slugify } from "./slugify.ts";

export const externalLinkNote = "(leaves this site)";

export function isExternalUrl(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

function externalLinks(md: MarkdownIt): void {
  md.core.ruler.push("external_links", (state: StateCore) => {
    for (const block of state.tokens) {
      const children = block.children ?? [];
      for (let index = 0; index < children.length; index++) {
        const token = children[index]!;
        if (token.type !== "link_open" || !isExternalUrl(String(token.attrGet("href") ?? ""))) continue;
        token.attrSet("rel", "noopener noreferrer");
        token.attrJoin("class", "external");
        // Insert the note just before the matching link_close.
        let depth = 0;
        for (let close = index + 1; close < children.length; close++) {
          const candidate = children[close]!;
          if (candidate.type === "link_open") depth++;
          if (candidate.type === "link_close" && depth-- === 0) {
            const note = new state.Token("html_inline", "", 0);
            note.content = ` <span class="external-note">${externalLinkNote}</span>`;
            children.splice(close, 0, note);
            break;
          }
        }
      }
    }
  });
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: true });
  md.use(markdownItAnchor, { slugify, tabIndex: false });
  md.use(externalLinks);
  return md;
}

export const markdown = createMarkdown();

/** Renders a block of markdown from a data file (paragraphs, lists). */
export function renderMarkdown(text: string): string {
  return markdown.render(text);
}

/** Renders a single line of markdown without a wrapping paragraph. */
export function renderInline(text: string): string {
  return markdown.renderInline(text);
}
