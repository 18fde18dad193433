/**
 * The page kinds: for each kind of page the site builds, where its content lives, its address, its layout,
 * its section, how search, the sitemap and the service worker treat it, and whether glossary terms are
 * linked in it. This is the only place these are written down: every page's data carries its kind
 * (`pageKind`, set by its template or its folder's data file) and the layout, the search page, the sitemap,
 * the service worker's install order, the offline page list and the glossary links read the rest from here.
 *
 * Adding a kind takes three files: an entry below, a template that sets `pageKind` (and its permalink
 * with `pageUrl`), and its content. See README.md, "Page kinds".
 */
import { z } from "zod";
import { slugify } from "../helpers/slugify.ts";
import { dataFolder, postsFolder } from "./paths.ts";
import { localizedUrl, unlocalizedUrl, type Lang } from "./languages.ts";

/** How the search index sees a page: its `type` filter and that type's label on `/search/`. */
const searchSchema = z.object({ type: z.string().regex(/^[a-z][a-z-]*$/), label: z.string().min(1) });

/** What a kind says about each of its pages; a single page may differ (see `overrides`). */
const pageSettingsSchema = z.object({
  /** The section the page belongs to, as the offline page list names it. */
  section: z.string().min(1),
  /** Its search type and filter (`data-pagefind-filter="type:…"`), or `false` to leave it out of search. */
  search: z.union([searchSchema, z.literal(false)]),
  /** Its `<priority>` in `/sitemap.xml` (0 to 1), or `false`: left out of the sitemap and marked `noindex`. */
  sitemap: z.union([z.object({ priority: z.number().min(0).max(1) }), z.literal(false)]),
  /** Its place in the service worker's install order (lower is saved first; 0 is the app shell, always saved), or `false`: never saved. */
  precache: z.union([z.number().int().min(0), z.literal(false)]),
  /** Whether the first use of each glossary term in its main content links to the glossary. */
  glossaryLinks: z.boolean(),
});

export const pageKindSchema = pageSettingsSchema.extend({
  /** Where its content lives, for the people who edit it (its template reads that content). */
  content: z.string().min(1),
  /** The layout or page module that renders it, relative to the project root (a page module renders every language: `src/pages/en/` and `src/pages/es/` call it). */
  layout: z.string().min(1),
  /** Its address: `:slug` stands for the page's own slug (e.g. `/posts/:slug/`). */
  url: z.string().regex(/^\/(?:[^:]*|[^:]*:slug[^:]*)$/),
  /** Single pages that differ from the kind, by address, each saying why. */
  overrides: z.record(z.string().startsWith("/"), pageSettingsSchema.partial().extend({ why: z.string().min(1) })).optional(),
});

export type PageKind = z.infer<typeof pageKindSchema>;
export type PageSettings = z.infer<typeof pageSettingsSchema>;

/** Standalone pages and the section indexes that are found in search are "Other pages". */
const otherPages = { type: "page", label: "Other pages" } as const;

export const pageKinds = {
  drug: {
    content: `${dataFolder}/drugs/<slug>.ts`,
    layout: "src/pages/drug.ts",
    url: "/drugs/:slug/",
    section: "Treatments",
    search: { type: "drug", label: "Treatments" },
    sitemap: { priority: 0.8 },
    precache: 20,
    glossaryLinks: true,
  },
  program: {
    content: `${dataFolder}/programs/<slug>.ts`,
    layout: "src/pages/program.ts",
    url: "/programs/:slug/",
    section: "Programs",
    search: { type: "program", label: "Programs" },
    sitemap: { priority: 0.8 },
    precache: 21,
    glossaryLinks: true,
  },
  post: {
    content: `${postsFolder}/<slug>.md`,
    layout: "_includes/layouts/post.11ty.ts",
    url: "/posts/:slug/",
    section: "News",
    search: { type: "post", label: "News" },
    sitemap: { priority: 0.6 },
    // The newest posts first: the service worker adds each post's rank to this.
    precache: 40,
    glossaryLinks: true,
  },
  glossary: {
    content: `${dataFolder}/glossary.ts`,
    layout: "src/pages/glossary.ts",
    url: "/glossary/",
    section: "Glossary",
    search: otherPages,
    sitemap: { priority: 0.6 },
    precache: 22,
    glossaryLinks: false,
  },
  list: {
    content: `the posts (${postsFolder}/), drugs (${dataFolder}/drugs/), programs (${dataFolder}/programs/) and topics they list`,
    layout: "src/pages/<slug>.ts",
    url: "/:slug/",
    section: "News",
    // Each item is found on its own page.
    search: false,
    sitemap: { priority: 0.5 },
    precache: 30,
    glossaryLinks: false,
    overrides: {
      "/drugs/": {
        why: "the treatments index, a table comparing every drug, is saved with the drugs and found in search",
        section: "Treatments",
        search: otherPages,
        precache: 20,
      },
      "/programs/": { why: "the programs index is saved with the programs and found in search", section: "Programs", search: otherPages, precache: 21 },
      "/tags/": { why: "the list of topics belongs with the topics", section: "News topics" },
    },
  },
  tag: {
    content: `the tags in posts' front matter (${postsFolder}/)`,
    layout: "src/pages/tag.ts",
    url: "/tags/:slug/",
    section: "News topics",
    // Lists of posts are left out of search: each post is found on its own page.
    search: false,
    sitemap: { priority: 0.3 },
    precache: 60,
    glossaryLinks: false,
  },
  page: {
    content: "the page module itself, src/pages/<slug>.ts",
    layout: "_includes/layouts/base.ts",
    url: "/:slug/",
    section: "About this site",
    search: otherPages,
    sitemap: { priority: 0.5 },
    precache: 30,
    glossaryLinks: false,
    overrides: {
      "/": { why: "the home page is part of the app shell", precache: 0, sitemap: { priority: 1 } },
      "/search/": { why: "the search page has nothing to find", search: false },
      "/offline/": { why: "the service worker shows it for an address that was never saved", precache: 0, search: false, sitemap: false },
      "/404.html": { why: "hosts show it for an unknown address; the service worker never saves it", precache: false, search: false, sitemap: false },
    },
  },
} satisfies Record<string, PageKind>;

export type PageKindName = keyof typeof pageKinds;

// Checked once, as the build loads: a mistake in an entry stops it here, naming the field.
z.record(z.string(), pageKindSchema).parse(pageKinds);

const kinds: Record<string, PageKind> = pageKinds;

export function isPageKindName(value: unknown): value is PageKindName {
  return typeof value === "string" && Object.hasOwn(pageKinds, value);
}

/** The kind a page's data names; anything else is a mistake in a template, reported with its address. */
export function pageKindOf(value: unknown, url: string): PageKindName {
  if (isPageKindName(value)) return value;
  throw new Error(`${url}: pageKind ${JSON.stringify(value)} is not one of ${Object.keys(pageKinds).join(", ")} (src/model/pageKinds.ts)`);
}

/**
 * A page's address from its kind and slug: `pageUrl("drug", "tofersen")` is `/drugs/tofersen/`, and in
 * Spanish (`pageUrl("drug", "tofersen", "es")`) `/es/drugs/tofersen/`.
 */
export function pageUrl(kind: PageKindName, slug = "", lang: Lang = "en"): string {
  return localizedUrl(kinds[kind]!.url.replace(":slug", slug), lang);
}

/** Public URL of a post, from its file name: `src/posts/en/My Post.md` -> `/posts/my-post/`. */
export function postUrl(fileSlug: string, lang: Lang = "en"): string {
  return pageUrl("post", slugify(fileSlug), lang);
}

/**
 * Each kind's settings, and each overridden page's, worked out once: every page's layout, the sitemap, the
 * offline list and the service worker ask for them. The schema keeps only the settings, dropping the
 * entry's other fields and the override's `why`.
 */
const resolvedSettings = new Map(
  Object.entries(kinds).map(([kind, entry]) => [
    kind,
    {
      settings: pageSettingsSchema.parse(entry),
      byUrl: new Map(Object.entries(entry.overrides ?? {}).map(([url, override]) => [url, pageSettingsSchema.parse({ ...entry, ...override })])),
    },
  ]),
);

/** What applies to one page: its kind's settings, with the page's own override (if any) on top. */
export function pageSettings(kind: PageKindName, url: string): PageSettings {
  const resolved = resolvedSettings.get(kind)!;
  // Overrides name English addresses; a translated page follows its English original.
  return resolved.byUrl.get(unlocalizedUrl(url)) ?? resolved.settings;
}

/** Whether an address has the shape of a kind's `url` (`:slug` is one path segment). */
export function matchesKindUrl(kind: PageKindName, localUrl: string): boolean {
  const url = unlocalizedUrl(localUrl);
  const [before = "", after] = kinds[kind]!.url.split(":slug");
  if (after === undefined) return url === before;
  if (url.length <= before.length + after.length || !url.startsWith(before) || !url.endsWith(after)) return false;
  return /^[^/]+$/.test(url.slice(before.length, url.length - after.length));
}

/**
 * Whether glossary terms are linked on the page at `url`. Eleventy's transforms see a page's address but
 * not its data, so the kind is found from the `url` patterns of the kinds that link terms.
 */
export function glossaryLinksAt(url: string): boolean {
  return (Object.keys(pageKinds) as PageKindName[]).some(
    (kind) => kinds[kind]!.glossaryLinks && matchesKindUrl(kind, url) && pageSettings(kind, url).glossaryLinks,
  );
}

/** The search filters written on a page (`type` first), or `false` when it is left out of search. */
export function searchFilters(kind: PageKindName, url: string, extra: Record<string, string> = {}): Record<string, string> | false {
  const { search } = pageSettings(kind, url);
  return search === false ? false : { type: search.type, ...extra };
}

/** Every search type with its label, in the registry's order: the choices on `/search/`. */
export function searchTypes(): Array<{ type: string; label: string }> {
  const byType = new Map<string, string>();
  for (const kind of Object.values(kinds)) {
    for (const { search } of [kind, ...Object.values(kind.overrides ?? {})]) {
      if (search && !byType.has(search.type)) byType.set(search.type, search.label);
    }
  }
  return [...byType].map(([type, label]) => ({ type, label }));
}

export interface UnlistedPage {
  /** The page's address, as Eleventy writes it. */
  url: string;
  /** Why it is not listed. */
  reason: string;
  /** Whether the service worker saves it at install. */
  savedForOffline: boolean;
}

/**
 * Pages that exist for the app shell or for errors, not for readers to find in a search engine: left out
 * of `/sitemap.xml` and marked `noindex`. The tests that walk every sitemap page add these, so they are
 * still checked for accessibility, layout and offline reading.
 */
export const unlistedPages: readonly UnlistedPage[] = Object.values(kinds).flatMap((kind) =>
  Object.entries(kind.overrides ?? {})
    .filter(([, override]) => override.sitemap === false)
    .map(([url, override]) => ({ url, reason: override.why, savedForOffline: (override.precache ?? kind.precache) !== false })),
);

const unlistedUrls = new Set(unlistedPages.map((page) => page.url));

/** Whether a page (in any language) is one of the single pages kept out of the sitemap. */
export function isUnlistedPage(url: string): boolean {
  return unlistedUrls.has(unlocalizedUrl(url));
}
