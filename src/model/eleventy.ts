/**
 * The parts of Eleventy's API this project uses, typed. Eleventy 3 ships no TypeScript types of its own,
 * so this small interface keeps our config modules checked by `tsc --strict`.
 */
import type { MarkdownIt } from "markdown-it";
import type { Lang } from "./languages.ts";

export interface EleventyPage {
  url: string;
  inputPath: string;
  fileSlug: string;
  filePathStem: string;
  outputPath: string | false;
  date: Date;
  /** The template's text after its front matter (Eleventy 3 sets it before rendering). */
  rawInput?: string;
}

export interface CollectionItem<Data = Record<string, unknown>> {
  url: string;
  inputPath: string;
  fileSlug: string;
  date: Date;
  data: Data & { page: EleventyPage };
  content: string;
  templateContent?: string;
  /** The template's text after its front matter. */
  rawInput?: string;
  page: EleventyPage;
}

export interface CollectionApi {
  getFilteredByGlob(glob: string | string[]): CollectionItem[];
  getAll(): CollectionItem[];
}

export interface EleventyEventArgs {
  directories: { input: string; output: string; includes: string; data: string };
  runMode: "build" | "watch" | "serve";
  outputMode: string;
  incremental: boolean;
  results?: Array<{ inputPath: string; outputPath: string | false; url: string; content: string }>;
  /** `eleventy.after` only: Eleventy's dependency graph of templates (a `dependency-graph` DepGraph). */
  uses?: TemplateDependencyGraph;
}

/** A page the preview's quick update wrote (src/_config/plugins/quickPostUpdate.ts), as Eleventy's results give one. */
export interface PreviewWrittenPage {
  url: string;
  inputPath: string;
  outputPath: string;
  content: string;
  data?: Record<string, unknown>;
}

/** The part of Eleventy's dependency graph the preview uses (src/_config/plugins/previewNeighbours.ts). */
export interface TemplateDependencyGraph {
  hasNode(node: string): boolean;
  addDependency(from: string, to: string): void;
  removeDependency(from: string, to: string): void;
}

/** Each page's address with the file it is made from and its pagination group (the `eleventy.contentMap` event). */
export type UrlToInputPath = Record<string, { inputPath: string; groupNumber?: number }>;

export interface EleventyConfig {
  addDataExtension(extensions: string, options: { read: boolean; parser: (filePath: string) => unknown }): void;
  addExtension(extensions: string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  setLibrary(name: "md", library: MarkdownIt): void;
  setFrontMatterParsingOptions(options: object): void;
  addPreprocessor(name: string, extensions: string, fn: (data: Record<string, unknown>, content: string) => unknown): void;
  addCollection(name: string, fn: (api: CollectionApi) => unknown): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => unknown, options?: Options): void;
  addTransform(name: string, fn: (this: { page: EleventyPage }, content: string) => string | Promise<string>): void;
  addWatchTarget(path: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  setWatchThrottleWaitTime(ms: number): void;
  on(event: "eleventy.before" | "eleventy.after", fn: (args: EleventyEventArgs) => unknown): void;
  /** Once every page's address is known, before any page renders (on every build and rebuild). */
  on(event: "eleventy.contentMap", fn: (args: { urlToInputPath: UrlToInputPath }) => unknown): void;
  /** After the config file has run and before its plugins are: a plugin added here comes after all of them. */
  on(event: "eleventy.beforeConfig", fn: () => unknown): void;
  /** In watch mode, before each rebuild, with the changed files (one at a time with `--incremental`). */
  on(event: "eleventy.beforeWatch", fn: (queue: string[]) => unknown): void;
  /** Ours: the preview's quick update has written these pages (src/_config/plugins/quickPostUpdate.ts). */
  on(event: "preview.pagesWritten", fn: (pages: PreviewWrittenPage[]) => unknown): void;
  emit(event: "preview.pagesWritten", pages: PreviewWrittenPage[]): Promise<unknown>;
  ignores: { add(glob: string): void };
  /** Data keys copied into each result of `eleventy.write()` (as `data`). */
  dataFilterSelectors: Set<string>;
  pathPrefix?: string;
}

/** One language version of a page, as the `locale_links` filter gives it (src/_config/plugins/languageVersions.ts). */
export interface LocaleLink {
  url: string;
  lang: Lang;
}

/** What Eleventy binds `this` to in a JavaScript template's `render`: the filters our templates call. */
export interface TemplateContext {
  /** The other language versions of the page at `url` (src/_config/plugins/languageVersions.ts). */
  locale_links(url?: string): LocaleLink[];
}
