/**
 * The source registry: `_data/sources.ts` exports `defineSources({ id: { ... } })`, every source the site
 * cites, defined once. Drug, program and post pages cite sources by id, so one label is never copied into
 * several files, and a reader can follow every fact to an address.
 */
import { z } from "zod";
import { oneOf, partialDate, show, strictObject, text } from "./fields.ts";

export const sourceKinds = ["label", "regulator", "journal-article", "trial-registry", "company-release", "association-page", "news"] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** Plain words for each kind, shown beside every citation. */
export const sourceKindLabels: Record<SourceKind, string> = {
  label: "Drug label (prescribing information)",
  regulator: "Regulator",
  "journal-article": "Journal article",
  "trial-registry": "Trial registry",
  "company-release": "Company news release",
  "association-page": "Patient association",
  news: "News report",
};

/**
 * Primary: regulator, label, a company's own release, journal, trial registry, an association's own page.
 * Secondary: trade press or a reprint quoting a primary source. Weak: no publisher, author or references;
 * a weak source never stands alone behind a fact.
 */
export const sourceQualities = ["primary", "secondary", "weak"] as const;
export type SourceQuality = (typeof sourceQualities)[number];

/** A secure web address: readers' browsers follow it, so plain http is refused. */
export const httpsUrl = z
  .string({
    error: (issue) => `${issue.input === undefined ? "is missing" : `${show(issue.input)} is not a web address`} (expected one starting with https://)`,
  })
  .refine((value) => /^https:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    error: (issue) => `${show(issue.input)} is not a secure web address (expected one starting with https://)`,
  });

/** A DOI such as "10.1002/acn3.52264" (without "https://doi.org/"). */
export const doi = z
  .string({ error: (issue) => `${show(issue.input)} is not a DOI (expected one such as "10.1002/acn3.52264")` })
  .regex(/^10\.\d{4,9}\/\S+$/, { error: (issue) => `${show(issue.input)} is not a DOI (expected one such as "10.1002/acn3.52264", without https://doi.org/)` });

export const sourceSchema = strictObject(
  {
    title: text("the source's own title, as it is printed on it"),
    /** A short name for the links at the end of each section, e.g. "Qalsody label". */
    shortTitle: text('a short name, e.g. "Qalsody label"').optional(),
    publisher: text('who published it, e.g. "US Food and Drug Administration" or a journal\'s name'),
    authors: text('the authors, e.g. "Smith SE, et al."').optional(),
    date: partialDate.optional(),
    url: httpsUrl.optional(),
    doi: doi.optional(),
    kind: oneOf(sourceKinds, "kind of source"),
    quality: oneOf(sourceQualities, "quality"),
    /** Anything a reader should know about the source, e.g. that its date is not given. */
    note: text("a short note about the source").optional(),
  },
  "a source",
).refine((source) => source.url !== undefined || source.doi !== undefined, {
  error: () => "is missing (expected a web address starting with https://, or a doi, so a reader can follow the source)",
  path: ["url"],
});

export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema> & { id: string };

/** Ids are what pages cite: lower case words joined by hyphens, e.g. "qalsody-label". */
export const sourceIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const sourceRegistrySchema = z
  .record(
    z.string().regex(sourceIdPattern, {
      error: (issue) => `${show(issue.input)} is not a usable id (expected lower-case words joined by hyphens, e.g. "qalsody-label")`,
    }),
    sourceSchema,
    { error: () => 'is not a set of sources (expected defineSources({ "an-id": { title, publisher, kind, quality, url } }))' },
  )
  .refine((sources) => Object.keys(sources).length > 0, { error: () => "is empty (expected at least one source)" });

export type SourceRegistry = Record<string, Source>;

/** The address a reader follows: the web address, or the DOI's resolver address. */
export function sourceAddress(source: Pick<Source, "url" | "doi">): string {
  return source.url ?? `https://doi.org/${source.doi!}`;
}

/** A list of source ids for one section of a page. */
export function citationList(section: string) {
  return z
    .array(z.string({ error: (issue) => `${show(issue.input)} is not a source id (expected an id from _data/sources.ts, in quotes)` }), {
      error: (issue) =>
        issue.input === undefined
          ? `cites nothing (expected the ids of the sources "${section}" rests on, from _data/sources.ts, e.g. ["qalsody-label"])`
          : `${show(issue.input)} is not a list (expected a list of source ids, e.g. ["qalsody-label"])`,
    })
    .min(1, { error: () => `cites nothing (expected the ids of the sources "${section}" rests on, from _data/sources.ts, e.g. ["qalsody-label"])` });
}

export function defineSources(sources: Record<string, SourceInput>): Record<string, SourceInput> {
  return sources;
}
