/**
 * How a page shows where its facts come from:
 * - at the end of each fact-bearing section, "Sources for this section": one large link per source to its
 *   full citation at the foot of the page (one step, a 44 px target, a name a screen reader can read);
 * - at the foot, the full citations, each linking to the source itself and back to the sections citing it;
 * - the same sources as schema.org citations in the page's JSON-LD (nothing unknown is stated there).
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { sourceAddress, type Source, type SourceRegistry } from "../../src/model/schemas/source.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import { timeElement, type ArticleSection } from "./sections.ts";

/** The in-page address of a source's full citation. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

export function shortName(source: Source): string {
  return source.shortTitle ?? source.title;
}

function known(ids: readonly string[], registry: SourceRegistry): Source[] {
  return ids.flatMap((id) => (registry[id] ? [registry[id]] : []));
}

/** "Sources for this section" under a section's text. */
export function sectionSources(ids: readonly string[] | undefined, registry: SourceRegistry, lang: Lang = "en"): SafeHtml {
  const sources = known(ids ?? [], registry);
  if (sources.length === 0) return html``;
  // Citations are not what readers search for: Pagefind leaves them out of the index.
  return html`<div class="section-sources" data-pagefind-ignore>
<p class="section-sources-label">${strings(lang).article.sourcesForSection}</p>
<ul>${sources.map((source) => html`<li><a href="#${sourceAnchor(source.id)}"${lang === "en" ? "" : html` lang="en"`}>${shortName(source)}</a></li>`)}</ul>
</div>`;
}

/** The sections that cite each source, for the "Cited in" links back from a citation. */
export type CitedIn = Map<string, Array<{ id: string; title: string }>>;

export function citedInMap(sections: ReadonlyArray<{ id: string; title: string; cites?: readonly string[] }>): CitedIn {
  const map: CitedIn = new Map();
  for (const section of sections) {
    for (const id of new Set(section.cites ?? [])) map.set(id, [...(map.get(id) ?? []), { id: section.id, title: section.title }]);
  }
  return map;
}

/**
 * One full citation: title (linked to the source), authors, publisher, date, kind, and its DOI. Sources stay
 * in their own language: on a page in another language, their title, authors, publisher and note are
 * marked `lang="en"`.
 */
export function citation(source: Source, lang: Lang = "en"): SafeHtml {
  const t = strings(lang).article;
  const english = lang === "en" ? "" : html` lang="en"`;
  const inEnglish = (text: string) => (lang === "en" ? text : html`<span lang="en">${text}</span>`);
  return html`<a href="${sourceAddress(source)}" rel="noopener noreferrer" class="external"><cite${english}>${source.title}</cite> <span class="external-note">${t.leavesSite}</span></a>.${
    source.authors ? html` ${inEnglish(source.authors.replace(/\.$/, ""))}.` : ""
  } ${inEnglish(source.publisher)}${source.date ? html`, ${timeElement(source.date, lang)}` : html` ${t.noDate}`}. <span class="source-kind">${strings(lang).sourceKinds[source.kind]}${
    source.quality === "primary" ? "" : html`, ${t.quality(source.quality)}`
  }.</span>${source.doi ? html` DOI: ${source.doi}.` : ""}${source.note ? html` ${inEnglish(source.note)}` : ""}`;
}

/** The full list at the foot of a page, in order of first citation. */
export function sourceList(ids: readonly string[], registry: SourceRegistry, citedIn: CitedIn = new Map(), lang: Lang = "en"): SafeHtml {
  const sources = known([...new Set(ids)], registry);
  return html`<ol class="sources" data-pagefind-ignore>${sources.map((source) => {
    const sections = citedIn.get(source.id) ?? [];
    return html`<li id="${sourceAnchor(source.id)}">${citation(source, lang)}${
      sections.length > 0
        ? html` <span class="cited-in">${strings(lang).article.citedIn} ${sections.map((section, index) => html`${index > 0 ? ", " : ""}<a href="#${section.id}">${section.title}</a>`)}.</span>`
        : ""
    }</li>`;
  })}</ol>`;
}

/**
 * The sections of a drug or program page with their sources: each section that cites (by its key in the
 * page's `sources`) ends with "Sources for this section", and a final "Sources" section lists them all.
 * Returns the ids cited, in order, for the newest-source date and the JSON-LD.
 */
export function withCitations<Key extends string>(
  sections: ReadonlyArray<ArticleSection & { cites?: Key }>,
  citations: Partial<Record<Key, string[]>>,
  registry: SourceRegistry,
  lang: Lang = "en",
): { sections: ArticleSection[]; citedIds: string[] } {
  const cited = sections.map((item) => ({ ...item, ids: item.cites ? (citations[item.cites] ?? []) : [] }));
  const citedIds = cited.flatMap((item) => item.ids);
  const citedIn = citedInMap(cited.map((item) => ({ id: item.id, title: item.title, cites: item.ids })));
  return {
    sections: [
      ...cited.map((item) => ({
        id: item.id,
        title: item.title,
        className: item.className,
        body: html`${item.body}${sectionSources(item.ids, registry, lang)}`,
      })),
      { id: "sources", title: strings(lang).article.sources, body: sourceList(citedIds, registry, citedIn, lang) },
    ],
    citedIds,
  };
}

/** Sources as schema.org citations: only what the registry states (no placeholder publisher or date). */
export function sourceCitations(ids: readonly string[], registry: SourceRegistry): object[] {
  return known([...new Set(ids)], registry).map((source) => ({
    "@type": source.kind === "journal-article" ? "ScholarlyArticle" : "CreativeWork",
    name: source.title,
    url: sourceAddress(source),
    // A journal is where an article appears, not its publisher.
    ...(source.kind === "journal-article"
      ? { isPartOf: { "@type": "Periodical", name: source.publisher } }
      : { publisher: { "@type": "Organization", name: source.publisher } }),
    ...(source.authors ? { author: source.authors } : {}),
    ...(source.date ? { datePublished: source.date } : {}),
  }));
}
