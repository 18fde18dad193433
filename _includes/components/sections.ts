/** Small building blocks shared by drug, program and post pages. */
import { html, raw, type SafeHtml } from "../../src/helpers/html.ts";
import { isoDate, isPast, partialDate, readableDate } from "../../src/helpers/dates.ts";
import { renderMarkdown } from "../../src/helpers/markdownLibrary.ts";
import type { Change } from "../../src/model/schemas/fields.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";

/** A dated `<time>` element; `precise` dates get the full "April 25, 2023" format. */
export function timeElement(date: string | Date, lang: Lang = "en"): SafeHtml {
  if (typeof date === "string" && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return html`<time datetime="${date}">${partialDate(date, lang)}</time>`;
  }
  return html`<time datetime="${isoDate(date)}">${readableDate(date, lang)}</time>`;
}

/** A titled section whose id matches its heading, so it can be linked and listed in "On this page". */
export function section(id: string, title: string, body: SafeHtml, className = ""): SafeHtml {
  return html`<section class="${["content-section", className].filter(Boolean).join(" ")}" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
${body}
</section>`;
}

/** Markdown text from a data file. */
export function prose(text: string, lang?: Lang): SafeHtml {
  return raw(renderMarkdown(text, lang));
}

/** Wraps text shown in another language than the page's, so screen readers pronounce it right. */
export function inLanguage(lang: Lang | undefined, body: SafeHtml, block = true): SafeHtml {
  if (!lang) return body;
  return block ? html`<div lang="${lang}">${body}</div>` : html`<span lang="${lang}">${body}</span>`;
}

export interface ReviewInfo {
  lastReviewed: string;
  nextReview: string;
  /** The date of the newest source the page cites, so a reader sees how fresh the evidence is. */
  newestSource?: string;
}

/** "Page last reviewed", "Next review due" and "Newest source" at the foot of a page. */
export function reviewDates(review: ReviewInfo, lang: Lang = "en"): SafeHtml {
  const t = strings(lang).article;
  return html`<div class="review-dates">
<p>${t.lastReviewed} ${timeElement(review.lastReviewed, lang)}</p>
<p>${t.nextReview} ${timeElement(review.nextReview, lang)}</p>
${review.newestSource ? html`<p>${t.newestSource} ${timeElement(review.newestSource, lang)}</p>` : ""}
</div>`;
}

/** "What changed": a dated line for each change to a medical fact, newest first, like a corrections notice. */
export function changeLog(changes: readonly Change[] | undefined, lang: Lang = "en"): SafeHtml {
  if (!changes || changes.length === 0) return html``;
  const newestFirst = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  return html`<section class="content-section changes" aria-labelledby="what-changed">
<h2 id="what-changed">${strings(lang).article.whatChanged}</h2>
<ul>${newestFirst.map((change) => html`<li>${timeElement(change.date, lang)}: ${change.change}</li>`)}</ul>
</section>`;
}

/** Shown at the top of a page whose review date has passed: the facts may have changed since. */
export function overdueNotice(nextReview: string, lang: Lang = "en"): SafeHtml {
  if (!isPast(nextReview)) return html``;
  const t = strings(lang).article;
  return html`<div class="notice notice-warning" role="note">
<p><strong>${t.outOfDateTitle}</strong> ${t.outOfDate} ${timeElement(nextReview, lang)}. ${t.outOfDateAdvice}</p>
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
export function reviewedArticle(
  kind: string,
  title: string | SafeHtml,
  sections: ArticleSection[],
  review: ReviewInfo & { changes?: readonly Change[] },
  lang: Lang = "en",
  notice: SafeHtml = html``,
): SafeHtml {
  const changes = review.changes && review.changes.length > 0;
  const contents = changes ? [...sections, { id: "what-changed", title: strings(lang).article.whatChanged }] : sections;
  return html`<article class="${kind}">
<h1>${title}</h1>
${notice}
${overdueNotice(review.nextReview, lang)}
${onThisPage(contents, lang)}
${sections.map((item) => section(item.id, item.title, item.body, item.className))}
${changeLog(review.changes, lang)}
${reviewDates(review, lang)}
</article>`;
}

/** A short list of links to the sections of a long page. */
export function onThisPage(items: ReadonlyArray<{ id: string; title: string }>, lang: Lang = "en"): SafeHtml {
  const label = strings(lang).article.onThisPage;
  return html`<nav class="on-this-page" aria-label="${label}" data-pagefind-ignore>
<h2 class="on-this-page-title">${label}</h2>
<ul>${items.map((item) => html`<li><a href="#${item.id}">${item.title}</a></li>`)}</ul>
</nav>`;
}
