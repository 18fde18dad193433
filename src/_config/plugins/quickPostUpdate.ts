/**
 * `npm start` only: the quick update of a saved post (issue 12: at 4,000 posts, an edited post and the lists
 * that show it re-rendered within 0.5 s).
 *
 * Eleventy's incremental rebuild of one post takes seconds on a large archive, and almost none of that is the
 * post: it goes through every template's data, its dependency graph and its collections again (README,
 * "Editing with `npm start`"). So when a post or a translation is saved, this renders again at once the pages that
 * show it, with Eleventy's own templates, layouts and transforms and the data of the last build, the post's new
 * front matter and text put in; it writes them, brings the offline page list up to date and reloads the browser.
 *
 * Eleventy's rebuild still follows, as before: it checks all content, rewrites the same pages and updates the
 * search index. When it is done, this compares Eleventy's pages with its own and says whether they match, so
 * a difference is seen, not hidden (`tests/publishing/preview.test.ts` requires that they match).
 *
 * Only a save the collections do not see is taken quickly: an existing English post with the same date,
 * topics and draft state, whose new title keeps its place in the order, or an existing translation with the
 * same draft state (its place is its original's). A new post, a data file or a layout is left to Eleventy's
 * rebuild, as is a file with a problem (the rebuild names it).
 */
import { createHash } from "node:crypto";
import { watch, type FSWatcher } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { importEleventyModule } from "../eleventyInternals.ts";
import { pageData } from "../../pipeline/eleventy.ts";
import { postsFolder, translatedPostsFolder } from "../../model/paths.ts";
import { translatedLanguages } from "../../model/languages.ts";
import { pathPrefix } from "../../model/siteUrls.ts";
import type { EleventyConfig, PreviewWrittenPage } from "../../model/eleventy.ts";
import type { PostItem } from "../../model/pageData.ts";
import { isPreview } from "../../helpers/runMode.ts";
import { postOrder, translatedPostData } from "./collections.ts";

/** The parts of Eleventy 3.1.7's page entries (`Template.getTemplates`) and templates that are used here. */
interface PageEntry {
  template: RenderedTemplate;
  inputPath: string;
  url: string;
  outputPath: string | false;
  fileSlug: string;
  date: Date;
  rawInput: string;
  templateContent?: string;
  data: Record<string, unknown> & { page: { rawInput?: string }; collections?: Record<string, unknown> };
}

interface RenderedTemplate {
  // Eleventy keeps each page's content, and its laid-out page, as promises on its template.
  _cacheRenderedPromise?: Promise<string>;
  _cacheRenderedTransformsAndLayoutsPromise?: Promise<string>;
  renderPageEntryWithoutLayout(page: PageEntry): Promise<string>;
  renderPageEntry(page: PageEntry): Promise<string>;
}

interface TemplateMapLike {
  map: Array<{ inputPath: string; _pages?: PageEntry[] }>;
  collectionsData: Record<string, unknown> | null;
  cache: (this: TemplateMapLike) => Promise<void>;
}

interface ServeLike {
  serve: (this: ServeLike, ...args: unknown[]) => Promise<unknown>;
  reload(event: { files: string[]; build: { templates: Array<{ url: string; inputPath: string; content: string }> } }): Promise<void>;
}

const [{ default: TemplateMap }, { default: EleventyServe }] = await Promise.all([
  importEleventyModule<{ default: { prototype: TemplateMapLike } }>("TemplateMap.js"),
  importEleventyModule<{ default: { prototype: ServeLike } }>("EleventyServe.js"),
]);

/** The template map of Eleventy's last build, and its dev server (there is none under `--watch`). */
const eleventyState: { map?: TemplateMapLike; server?: ServeLike; pages?: PageLookup } = {};

/** Every page of the last build, by input path and by address. */
interface PageLookup {
  byInputPath: Map<string, PageEntry>;
  byUrl: Map<string, PageEntry>;
}

/** The pages of Eleventy's last build, looked up once per build (the map keeps the same page objects until then). */
function pagesOfBuild(map: TemplateMapLike): PageLookup {
  if (!eleventyState.pages) {
    const byInputPath = new Map<string, PageEntry>();
    const byUrl = new Map<string, PageEntry>();
    for (const entry of map.map)
      for (const page of entry._pages ?? []) {
        byInputPath.set(page.inputPath, page);
        byUrl.set(page.url, page);
      }
    eleventyState.pages = { byInputPath, byUrl };
  }
  return eleventyState.pages;
}
let patched = false;
let postsWatchers: FSWatcher[] = [];

/** Remembers Eleventy's template map once it holds every page, and its dev server once it serves. */
function followEleventy(): void {
  if (patched) return;
  patched = true;
  const cache = TemplateMap.prototype.cache;
  TemplateMap.prototype.cache = async function (this: TemplateMapLike) {
    await cache.call(this);
    eleventyState.map = this;
    eleventyState.pages = undefined;
  };
  const serve = EleventyServe.prototype.serve;
  EleventyServe.prototype.serve = function (this: ServeLike, ...args: unknown[]) {
    eleventyState.server = this;
    return serve.apply(this, args);
  };
}

/** The post addresses a page mentions, by slug (`/posts/<slug>/` and `/<lang>/posts/<slug>/`, in HTML, XML or JSON). */
export function postSlugsMentioned(content: string): Set<string> {
  return new Set(Array.from(content.matchAll(/\/posts\/([^/"'\s<>?#\\]+)\//g), (match) => match[1]!));
}

const fingerprint = (content: string) => createHash("md5").update(content).digest("base64");

/** The saved post as the last build left it: what its place in the collections depends on. */
export interface ListedPost {
  inputPath: string;
  date: Date;
  data: Record<string, unknown>;
}

/**
 * Why a save must be left to Eleventy's rebuild, which works out the collections again, if it must: its date,
 * topics or draft state changed, or its new title moves it among `posts` (the posts collection, in order).
 */
export function needsCollections(post: ListedPost, frontMatter: Record<string, unknown>, posts: ListedPost[]): string | undefined {
  const { data } = post;
  if (String(frontMatter.date) !== String(data.date)) return "its date changed";
  if (JSON.stringify(frontMatter.tags ?? []) !== JSON.stringify(data.tags ?? [])) return "its topics changed";
  if ((frontMatter.draft === true) !== (data.draft === true)) return "its draft state changed";
  const index = posts.findIndex((item) => item.inputPath === post.inputPath);
  if (index === -1) return "it is not in the posts collection";
  const moved = { date: post.date, data: { title: String(frontMatter.title) }, inputPath: post.inputPath };
  const previous = posts[index - 1];
  const next = posts[index + 1];
  const ordered = (item: ListedPost) => ({ ...item, data: { title: String(item.data.title) } });
  if ((previous && postOrder(ordered(previous), moved) > 0) || (next && postOrder(moved, ordered(next)) > 0)) return "its new title moves it in the order";
  return undefined;
}

/** Each list item that is a translation of `original` seen through it (collections.ts), in every collection. */
function refreshTranslations(collections: Record<string, unknown>, original: PageEntry, pagesByInputPath: Map<string, PageEntry>): void {
  const refresh = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items as Array<PostItem & { posts?: unknown; template?: unknown }>) {
      if (item && typeof item === "object" && Array.isArray(item.posts)) refresh(item.posts);
      // A translation's list item is our own object, not one of Eleventy's page entries (which have a template).
      if (item?.fileSlug !== original.fileSlug || "template" in item || item.inputPath === original.inputPath) continue;
      const translation = pagesByInputPath.get(item.inputPath);
      if (translation) item.data = translatedPostData(original as unknown as PostItem, translation as unknown as PostItem);
    }
  };
  for (const items of Object.values(collections)) refresh(items);
}

/** A saved post or translation, checked on its own, with the front matter fields its kind may have. */
type SavedFile = { translation: boolean; frontMatter: Record<string, unknown>; body: string; fields: string[] } | { problem: string };

/** Reads and checks a saved post or translation, with the checks `npm run check` gives each file on its own. */
async function readSaved(inputPath: string, source: string): Promise<SavedFile> {
  // Loaded here, not at the top: `npm run build` loads this file too, and checks content in a worker thread.
  // The preview's content check (content.ts) has loaded these before the first build.
  const [{ checkPost }, { checkTranslatedPost }, { contentBodyChecks }, { postFrontMatterSchema }, { postTranslationSchema }, { parsePost }] =
    await Promise.all([
      import("../../model/checks/checkContent.ts"),
      import("../../model/checks/translations.ts"),
      import("../../model/checks/bodyChecks.ts"),
      import("../../model/schemas/post.ts"),
      import("../../model/schemas/translations.ts"),
      import("../../model/checks/frontMatter.ts"),
    ]);
  const translation = path.posix.dirname(inputPath) !== postsFolder;
  const checked = translation ? checkTranslatedPost(inputPath, source, contentBodyChecks, true) : checkPost(inputPath, source, contentBodyChecks, true);
  if (checked.problems.length > 0) return { problem: "it has a problem, which the rebuild names" };
  // The front matter as Eleventy reads it (the same YAML settings), not as the schema returns it: the schema
  // trims texts, and a title saved with a space at its end is shown with it.
  const { data, body } = parsePost(source);
  return { translation, frontMatter: data, body, fields: Object.keys((translation ? postTranslationSchema : postFrontMatterSchema).shape) };
}

/** Renders a page again from its data: its content, then its layout and Eleventy's transforms. */
async function renderAgain(page: PageEntry): Promise<string> {
  delete page.template._cacheRenderedPromise;
  delete page.template._cacheRenderedTransformsAndLayoutsPromise;
  // markdown-it-anchor keeps the heading ids it gave in the page's data (its markdown env), to keep them
  // unique within the page; left there, a second render would number every heading ("-1").
  delete page.data.markdownItAnchor;
  page.templateContent = await page.template.renderPageEntryWithoutLayout(page);
  return page.template.renderPageEntry(page);
}

export function quickPostUpdatePlugin(eleventyConfig: EleventyConfig): void {
  if (!isPreview()) return;
  followEleventy();

  // For each page Eleventy or this last wrote: a fingerprint of its content, its size, and the post slugs it
  // mentions; and for each slug, the pages that mention it.
  const fingerprints = new Map<string, string>();
  const sizes = new Map<string, number>();
  const slugsOfPage = new Map<string, Set<string>>();
  const pagesOfSlug = new Map<string, Set<string>>();
  /** The last quick update, until Eleventy's rebuild of the same save can be compared with it. */
  let lastUpdate: { inputPath: string; source: string } | undefined;
  let rebuildQueue: string[] = [];
  let building = false;
  let updates = Promise.resolve();
  const lastSource = new Map<string, string>();

  const remember = (url: string, content: string) => {
    for (const slug of slugsOfPage.get(url) ?? []) pagesOfSlug.get(slug)?.delete(url);
    const slugs = postSlugsMentioned(content);
    slugsOfPage.set(url, slugs);
    for (const slug of slugs) {
      const pages = pagesOfSlug.get(slug) ?? new Set<string>();
      pages.add(url);
      pagesOfSlug.set(slug, pages);
    }
    fingerprints.set(url, fingerprint(content));
    sizes.set(url, content.length);
  };

  async function quickUpdate(inputPath: string): Promise<void> {
    const map = eleventyState.map;
    if (building || !map?.collectionsData) return;
    const source = await readFile(inputPath, "utf8").catch(() => undefined);
    // An editor's save can bring several events; a file being written may be empty for a moment.
    if (source === undefined || source.trim() === "" || lastSource.get(inputPath) === source) return;
    lastSource.set(inputPath, source);
    const started = performance.now();
    const skip = (reason: string) => console.log(`[11ty] Quick update: left ${inputPath} to Eleventy's rebuild (${reason})`);

    const saved = await readSaved(inputPath, source);
    if ("problem" in saved) return skip(saved.problem);
    const { byInputPath: pagesByInputPath, byUrl: pagesByUrl } = pagesOfBuild(map);
    const post = pagesByInputPath.get(`./${inputPath}`);
    if (!post) return skip(saved.translation ? "it is a new translation" : "it is a new post");
    // A translation is listed in its original's place, with its original's date and topics (collections.ts).
    const original = saved.translation ? pagesByInputPath.get(`./${postsFolder}/${path.posix.basename(inputPath)}`) : post;
    if (!original) return skip("it translates no post of the last build");
    const collections = map.collectionsData;
    const reason = saved.translation
      ? (saved.frontMatter.draft === true) !== (post.data.draft === true)
        ? "its draft state changed"
        : undefined
      : needsCollections(post, saved.frontMatter, (collections.posts ?? []) as ListedPost[]);
    if (reason) return skip(reason);

    // Each front matter field the file may have is set, or removed, on its data.
    for (const field of saved.fields) {
      if (field in saved.frontMatter) post.data[field] = saved.frontMatter[field];
      else delete post.data[field];
    }
    post.rawInput = saved.body;
    post.data.page.rawInput = saved.body;
    refreshTranslations(collections, original, pagesByInputPath);

    // The post first: the pages that show it read its new content. Then those pages, each written once it is
    // rendered, smallest first: the neighbours and lists before the feeds and the sitemap, which list every post.
    const showing = [...(pagesOfSlug.get(post.fileSlug) ?? [])].filter((url) => url !== post.url).sort((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
    const pages = [post, ...showing.map((url) => pagesByUrl.get(url))].filter(
      (page): page is PageEntry & { outputPath: string } => typeof page?.outputPath === "string",
    );
    const written: PreviewWrittenPage[] = [];
    try {
      for (const page of pages) {
        const content = await renderAgain(page);
        await writeFile(page.outputPath, content);
        written.push({
          url: page.url,
          inputPath: page.inputPath,
          outputPath: page.outputPath,
          content,
          data: Object.fromEntries(pageData.map((key) => [key, page.data[key]])),
        });
      }
    } catch (error) {
      // Pages already written are written again by Eleventy's rebuild, which follows.
      return skip(`rendering failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await eleventyConfig.emit("preview.pagesWritten", written);
    console.log(`[11ty] Quick update: wrote ${inputPath} and ${written.length - 1} pages that show it in ${Math.round(performance.now() - started)} ms`);
    // As Eleventy's own reload after a rebuild: Eleventy's dev server patches the post's page in place in a
    // browser showing it, unless a script in the page changed (its structured data carries the title), and
    // reloads any other page.
    const prefixed = (url: string) => `${pathPrefix().slice(0, -1)}${url}`;
    await eleventyState.server?.reload({
      files: [post.inputPath],
      build: { templates: [{ url: prefixed(post.url), inputPath: post.inputPath, content: written[0]!.content }] },
    });
    // After the reload, not before: only the comparison with Eleventy's rebuild needs these (the feeds and
    // the sitemap list every post, and take tens of milliseconds each to read through at 10,000 posts).
    for (const page of written) remember(page.url, page.content);
    lastUpdate = { inputPath, source };
  }

  // Eleventy's own watcher waits for a save to settle (150 ms) before it starts; this starts at once.
  // One set of watchers per process: Eleventy runs the config again when it changes, and the last one's go.
  for (const watcher of postsWatchers) watcher.close();
  postsWatchers = [];
  for (const folder of [postsFolder, ...translatedLanguages.map(translatedPostsFolder)]) {
    try {
      const watcher = watch(folder, (_event, name) => {
        if (!name?.endsWith(".md")) return;
        const inputPath = `${folder}/${name}`;
        updates = updates.then(() => quickUpdate(inputPath)).catch((error: unknown) => console.error(`[11ty] Quick update failed: ${String(error)}`));
      });
      watcher.unref();
      postsWatchers.push(watcher);
    } catch {
      // No such folder yet: its saves are left to Eleventy's rebuild.
    }
  }

  eleventyConfig.on("eleventy.beforeWatch", async (queue: string[]) => {
    building = true;
    rebuildQueue = queue.map((file) => path.relative(".", file).replaceAll("\\", "/"));
    await updates;
  });
  eleventyConfig.on("eleventy.before", () => {
    building = true;
  });
  eleventyConfig.on("eleventy.after", async ({ results }) => {
    const pages = (results ?? []).filter((page) => typeof page.content === "string");
    // A rebuild of just the quickly updated post, unchanged since: Eleventy's pages should be the same.
    const compared =
      lastUpdate &&
      rebuildQueue.length === 1 &&
      rebuildQueue[0] === lastUpdate.inputPath &&
      (await readFile(lastUpdate.inputPath, "utf8")) === lastUpdate.source;
    if (compared) {
      const differing = pages.filter((page) => fingerprints.has(page.url) && fingerprints.get(page.url) !== fingerprint(page.content)).map((page) => page.url);
      if (differing.length === 0) console.log(`[11ty] Quick update matches Eleventy's rebuild (${pages.length} pages compared)`);
      else
        console.warn(`[11ty] Quick update differed from Eleventy's rebuild on ${differing.length} pages (now rewritten by Eleventy): ${differing.join(", ")}`);
    }
    lastUpdate = undefined;
    rebuildQueue = [];
    for (const page of pages) remember(page.url, page.content);
    building = false;
  });
}
