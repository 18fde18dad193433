/**
 * The one markdown-it instance used for posts and for the text fields of data files.
 * - headings get stable ids (markdown-it-anchor), so any section can be linked with `#id`;
 * - links to other websites get `rel="noopener noreferrer"` and say, in words, that they leave the site.
 */
import markdownIt, { type MarkdownIt, type StateCore } from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { slugify } from "./slugify.ts";

/** Said after a link to another website, in the language of the text around it. */
export const externalLinkNotes = { en: "(leaves this site)", es: "(sale de este sitio)" } as const;
export type MarkdownLanguage = keyof typeof externalLinkNotes;

/**
 * The language of a text being rendered: `env.lang` from our own calls, or, for a post Eleventy renders,
 * the language its address gives (`/es/…`; Eleventy passes the page's data as markdown-it's `env`).
 */
function languageOf(env: unknown): MarkdownLanguage {
  const data = (env ?? {}) as { lang?: unknown; page?: { url?: unknown } };
  if (data.lang === "es") return "es";
  return typeof data.page?.url === "string" && data.page.url.startsWith("/es/") ? "es" : "en";
}

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
            note.content = ` <span class="external-note">${externalLinkNotes[languageOf(state.env)]}</span>`;
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
export function renderMarkdown(text: string, lang?: MarkdownLanguage): string {
  return markdown.render(text, lang ? { lang } : {});
}

/** Renders a single line of markdown without a wrapping paragraph. */
export function renderInline(text: string, lang?: MarkdownLanguage): string {
  return markdown.renderInline(text, lang ? { lang } : {});
}
