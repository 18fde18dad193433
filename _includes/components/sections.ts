/** Small building blocks shared by drug, program and post pages. */
import { html, raw, type SafeHtml } from "../../src/helpers/html.ts";
import { isoDate, isPast, partialDate, readableDate } from "../../src/helpers/dates.ts";
import { renderMarkdown } from "../../src/helpers/markdownLibrary.ts";
import type { Change } from "../../src/model/schemas/fields.ts";

/** A dated `<time>` element; `precise` dates get the full "April 25, 2023" format. */
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

export interface ReviewInfo {
  lastReviewed: string;
  nextReview: string;
  /** The date of the newest source the page cites, so a reader sees how fresh the evidence is. */
  newestSource?: string;
}

/** "Page last reviewed", "Next review due" and "Newest source" at the foot of a page. */
export function reviewDates(review: ReviewInfo): SafeHtml {
  return html`<div class="review-dates">
<p>Page last reviewed: ${timeElement(review.lastReviewed)}</p>
<p>Next review due: ${timeElement(review.nextReview)}</p>
${review.newestSource ? html`<p>Newest source on this page: ${timeElement(review.newestSource)}</p>` : ""}
</div>`;
}

/** "What changed": a dated line for each change to a medical fact, newest first, like a corrections notice. */
export function changeLog(changes: readonly Change[] | undefined): SafeHtml {
  if (!changes || changes.length === 0) return html``;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  return html`<section class="content-section changes" aria-labelledby="what-changed">
<h2 id="what-changed">What changed on this page</h2>
<ul>${newestFirst.map((change) => html`<li>${timeElement(change.date)}: ${change.change}</li>`)}</ul>
</section>`;
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
 * section in order, "What changed", then the review dates.
 */
export function reviewedArticle(kind: string, title: string, sections: ArticleSection[], review: ReviewInfo & { changes?: readonly Change[] }): SafeHtml {
  const changes = review.changes && review.changes.length > 0;
  const contents = changes ? [...sections, { id: "what-changed", title: "What changed on this page" }] : sections;
  return html`<article class="${kind}">
<h1>${title}</h1>
${overdueNotice(review.nextReview)}
${onThisPage(contents)}
${sections.map((item) => section(item.id, item.title, item.body, item.className))}
${changeLog(review.changes)}
${reviewDates(review)}
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
