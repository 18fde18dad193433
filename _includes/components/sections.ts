/** Small building blocks shared by drug, program and post pages. */
import { html, raw, type SafeHtml } from "../../src/_config/templates/html.ts";
import { isoDate, isPast, partialDate, readableDate } from "../../src/_config/filters/dates.ts";
import { renderMarkdown } from "../../src/_config/markdown/markdownLibrary.ts";
import type { Source } from "../../src/_config/schemas/fields.ts";

/** A dated `<time>` element; `precise` dates get the full "25 April 2023" format. */
export function timeElement(date: string | Date): SafeHtml {
  if (typeof date === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return html`<time datetime="${date}">${partialDate(date)}</time>`;
  }
  return html`<time datetime="${isoDate(date)}">${readableDate(date)}</time>`;
}

/** A titled section whose id matches its heading, so it can be linked and listed in "On this page". */
export function section(id: string, title: string, body: SafeHtml, className = ""): SafeHtml {
  return html`<section class="${["content-section", className].filter(Boolean).join(" ")}" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
${body}
</section>`;
}

/** Markdown text from a data file. */
export function prose(text: string): SafeHtml {
  return raw(renderMarkdown(text));
}

export function sourcesList(sources: Source[]): SafeHtml {
  return html`<ol class="sources">${sources.map(
    (source) => html`<li><cite>${source.title}</cite>. ${source.publisher}, ${timeElement(source.date)}.${
      source.citation ? html` ${source.citation}` : ""
    }${
      source.url
        ? html` <a href="${source.url}" rel="noopener noreferrer" class="external">Read the source <span class="external-note">(leaves this site)</span></a>`
        : ""
    }</li>`,
  )}</ol>`;
}

/** Sources as schema.org citations, for a page's JSON-LD. */
export function sourceCitations(sources: Source[]): object[] {
  return sources.map((source) => ({
    "@type": "CreativeWork",
    name: source.title,
    publisher: { "@type": "Organization", name: source.publisher },
    datePublished: source.date,
    ...(source.url ? { url: source.url } : {}),
  }));
}

/** "Page last reviewed" and "Next review due", with a notice when the review is overdue. */
export function reviewDates(lastReviewed: string, nextReview: string): SafeHtml {
  return html`<div class="review-dates">
<p>Page last reviewed: ${timeElement(lastReviewed)}</p>
<p>Next review due: ${timeElement(nextReview)}</p>
</div>`;
}

/** Shown at the top of a page whose review date has passed: the facts may have changed since. */
export function overdueNotice(nextReview: string): SafeHtml {
  if (!isPast(nextReview)) return html``;
  return html`<div class="notice notice-warning" role="note">
<p><strong>This page may be out of date.</strong> It was due for review on ${timeElement(nextReview)}. Check with your care team before acting on it.</p>
</div>`;
}

export interface ArticleSection {
  id: string;
  title: string;
  body: SafeHtml;
  className?: string;
}

/**
 * A drug or program page: title, the out-of-date notice when a review is overdue, "On this page", each
 * section in order, then the review dates.
 */
export function reviewedArticle(
  kind: string,
  title: string,
  sections: ArticleSection[],
  review: { lastReviewed: string; nextReview: string },
): SafeHtml {
  return html`<article class="${kind}">
<h1>${title}</h1>
${overdueNotice(review.nextReview)}
${onThisPage(sections)}
${sections.map((item) => section(item.id, item.title, item.body, item.className))}
${reviewDates(review.lastReviewed, review.nextReview)}
</article>`;
}

/** A short list of links to the sections of a long page. */
export function onThisPage(items: ReadonlyArray<{ id: string; title: string }>): SafeHtml {
  return html`<nav class="on-this-page" aria-label="On this page" data-pagefind-ignore>
<h2 class="on-this-page-title">On this page</h2>
<ul>${items.map((item) => html`<li><a href="#${item.id}">${item.title}</a></li>`)}</ul>
</nav>`;
}

export function bulletList(items: string[]): SafeHtml {
  return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}
