/** The types shared by the built-site checks (see index.ts for what each check does). */

export type SiteCheck = "link" | "html" | "alt" | "third-party" | "content-safety";

export interface SiteProblem {
  /** The built file, relative to the site folder, e.g. "posts/my-post/index.html". */
  file: string;
  line?: number;
  check: SiteCheck;
  message: string;
  /** The source the page was built from, when the build passed `pages`. */
  source?: string;
}

export interface SiteCheckOptions {
  /** The path prefix the site is built for, e.g. "/als-resources/" (default "/"). */
  pathPrefix?: string;
  /** The site's public address; absolute links to it (canonical links) are checked like internal ones. */
  siteUrl?: string;
  /** Run html-validate (default true). */
  htmlValidate?: boolean;
  /** Worker threads for the HTML pages; default: one per core when there are many pages, else none. */
  workers?: number;
  /**
   * A file remembering which pages (by content hash) were valid HTML, so the next run validates only the
   * pages that changed (links, alt text and the other checks still run on every page). Off by default.
   */
  cacheFile?: string;
  /** Eleventy's written pages, so problems can name the source file of each page. */
  pages?: ReadonlyArray<{ inputPath: string; outputPath: string | false }>;
}

export interface SiteCheckReport {
  problems: SiteProblem[];
  /** pagesMs: parsing, validating and collecting the facts of every page; validated: pages html-validate ran on. */
  stats: { files: number; htmlPages: number; validated: number; workers: number; pagesMs: number; totalMs: number };
}

/** An address found in a page, a stylesheet or the web app manifest. */
export interface Reference {
  /** The address as written. */
  url: string;
  line: number;
  /** How it is shown in messages: `<img src="…">`, `url("…") in <span style>`. */
  shown: string;
  /** True when a browser fetches it while showing the page (as opposed to a link the reader may follow). */
  load: boolean;
}

/** One page: the facts the site-wide checks need, and the problems visible on the page alone. */
export interface PageFacts {
  file: string;
  ids: string[];
  references: Reference[];
  problems: SiteProblem[];
  /** html-validate found nothing (or the page is in the validation cache). */
  validHtml?: boolean;
  /** html-validate ran on the page (it was not skipped thanks to the cache). */
  validated?: boolean;
  hash?: string;
}
