/**
 * Checks on the built site, run before it is published (and by `npm test` on the test build):
 *
 * - link:           every internal link, asset and `#fragment` resolves (pages, stylesheets, feeds, the
 *                   web app manifest), and every internal address starts with the path prefix;
 * - html:           every page is valid HTML (html-validate, `html-validate:recommended`, see below);
 * - alt:            every image has an `alt` attribute (`alt=""` for a decorative one, on purpose);
 * - third-party:    nothing loads from another website (scripts, stylesheets, icons, the manifest, images,
 *                   media, frames, embeds, CSS `url()` and `@import`); plain links to other sites are fine;
 * - content-safety: no inline scripts or styles (the Content Security Policy would block them), no `on…`
 *                   event handlers, no `javascript:` addresses, no frames or embeds.
 *
 * Each HTML page is read and parsed once: html-validate parses it, and a small html-validate rule
 * collects the links, ids and images from that same parse. html-validate is the slow part (≈5–8 ms for
 * an 8 kB page on one core, against ≈1.5 ms to parse alone), so sites of a few hundred pages or more are
 * shared out to one worker thread per core, and `cacheFile` lets a later run skip validating pages that
 * have not changed.
 */
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import {
  HtmlValidate,
  Rule,
  StaticConfigLoader,
  type ConfigData,
  type DOMReadyEvent,
  type HtmlElement,
  type ResolvedConfig,
  version as htmlValidateVersion,
} from "html-validate";
import { decodeEntities } from "../model/checks/bodyChecks.ts";

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

/**
 * html-validate's configuration: the recommended rules, relaxed only where they disagree with a
 * deliberate choice. (In code rather than `.htmlvalidate.json` so each exception carries its reason,
 * and so copies of the project used by the tests carry it too.)
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ["html-validate:recommended"],
  rules: {
    // Our templates write `<!doctype html>` in lower case; HTML treats both cases the same.
    "doctype-style": "off",
    // A page's <title> is the post or drug name followed by " | ALS Resources", for readers with many tabs
    // and for screen readers; how long a title is, is an editorial choice, not an HTML error.
    "long-title": "off",
    // Under a path prefix, Eleventy's HTML transformer (which adds the prefix to every link) writes boolean
    // and empty attributes back as `checked=""` / `hidden=""`. Both spellings are the same valid HTML.
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
  },
};

// ---------------------------------------------------------------------------------------------------
// One page: the facts the site-wide checks need, and the problems visible on the page alone.

interface Reference {
  /** The address as written. */
  url: string;
  line: number;
  /** How it is shown in messages: `<img src="…">`, `url("…") in <span style>`. */
  shown: string;
  /** True when a browser fetches it while showing the page (as opposed to a link the reader may follow). */
  load: boolean;
}

interface PageFacts {
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

/** `<link rel>` values that point somewhere without loading it. */
const navigationRels = new Set([
  "alternate",
  "author",
  "bookmark",
  "canonical",
  "external",
  "help",
  "license",
  "me",
  "next",
  "nofollow",
  "noopener",
  "noreferrer",
  "prev",
  "search",
  "tag",
]);

/** Attributes that hold one address, per element; `true` means the browser loads it with the page. */
const urlAttributes: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  a: { href: false },
  area: { href: false },
  audio: { src: true },
  blockquote: { cite: false },
  del: { cite: false },
  embed: { src: true },
  form: { action: false },
  frame: { src: true },
  iframe: { src: true },
  image: { href: true, "xlink:href": true },
  img: { src: true },
  input: { src: true, formaction: false },
  button: { formaction: false },
  ins: { cite: false },
  object: { data: true },
  q: { cite: false },
  script: { src: true },
  source: { src: true },
  track: { src: true },
  use: { href: true, "xlink:href": true },
  video: { src: true, poster: true },
};

/** Script types that are data, not code (JSON-LD): the only inline scripts allowed. */
const dataScriptTypes = new Set(["application/ld+json", "application/json"]);

function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- stripping control characters (U+0000 to U+001F) is the point
  return /^(javascript|vbscript):/i.test(decodeEntities(url).replace(/[\u0000-\u0020]/g, ""));
}

/** `url(…)` and `@import "…"` in CSS, with their line numbers (comments are skipped). */
export function cssReferences(css: string, firstLine = 1): Array<{ url: string; line: number }> {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const found: Array<{ url: string; line: number }> = [];
  const pattern = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/gi;
  for (const match of code.matchAll(pattern)) {
    const url = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? "";
    if (url === "" || url.startsWith("#") || url.startsWith("data:")) continue;
    found.push({ url, line: firstLine + (code.slice(0, match.index).match(/\n/g)?.length ?? 0) });
  }
  return found;
}

function attributeText(element: HtmlElement, name: string): string | undefined {
  const value = element.getAttribute(name)?.value;
  return typeof value === "string" ? value : value === null || value === undefined ? undefined : String(value);
}

/** Reads one parsed page: its ids, its references, and the problems the page shows on its own. */
function collectFacts(document: DOMReadyEvent["document"], file: string): Pick<PageFacts, "ids" | "references" | "problems"> {
  const ids: string[] = [];
  const references: Reference[] = [];
  const problems: SiteProblem[] = [];
  const problem = (element: HtmlElement, check: SiteCheck, message: string) => problems.push({ file, line: element.location.line, check, message });

  document.visitDepthFirst((element) => {
    const tag = element.tagName.toLowerCase();
    if (element.id) ids.push(element.id);
    if (tag === "a" && element.hasAttribute("name")) ids.push(attributeText(element, "name") ?? "");

    for (const attribute of element.attributes) {
      const name = attribute.key.toLowerCase();
      const value = typeof attribute.value === "string" ? attribute.value : "";
      const line = attribute.valueLocation?.line ?? element.location.line;
      if (name.startsWith("on")) {
        problem(
          element,
          "content-safety",
          `<${tag} ${name}>: event handlers run inline scripts, which are not allowed (the Content Security Policy blocks them)`,
        );
      } else if (name === "style") {
        problem(
          element,
          "content-safety",
          `<${tag} style>: inline styles are blocked by the Content Security Policy (expected a class from the site's stylesheet)`,
        );
        for (const css of cssReferences(value, line)) references.push({ ...css, shown: `url("${css.url}") in <${tag} style>`, load: true });
      }
      const urlKind = urlAttributes[tag]?.[name];
      const isUrl = urlKind !== undefined || (tag === "link" && name === "href");
      if (isUrl && isScriptUrl(value)) {
        problem(element, "content-safety", `<${tag} ${name}="${value.slice(0, 40)}">: javascript: addresses run scripts and are not allowed`);
        continue;
      }
      if (urlKind !== undefined) {
        if (tag === "input" && name === "src" && attributeText(element, "type")?.toLowerCase() !== "image") continue;
        references.push({ url: value, line, shown: `<${tag} ${name}="${value}">`, load: urlKind });
      } else if (tag === "link" && name === "href") {
        const rels = (attributeText(element, "rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        references.push({
          url: value,
          line,
          shown: `<link rel="${rels.join(" ")}" href="${value}">`,
          load: rels.length === 0 || rels.some((rel) => !navigationRels.has(rel)),
        });
      } else if (name === "srcset" || name === "imagesrcset") {
        for (const candidate of value.split(/,\s+/)) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) references.push({ url, line, shown: `<${tag} ${name}="…${url}…">`, load: true });
        }
      } else if (name === "ping" && (tag === "a" || tag === "area")) {
        for (const url of value.split(/\s+/).filter(Boolean)) references.push({ url, line, shown: `<${tag} ping="${url}">`, load: true });
      }
    }

    if (tag === "img" || (tag === "input" && attributeText(element, "type")?.toLowerCase() === "image") || (tag === "area" && element.hasAttribute("href"))) {
      if (!element.hasAttribute("alt")) {
        const src = attributeText(element, tag === "area" ? "href" : "src") ?? "";
        problem(
          element,
          "alt",
          `<${tag}${src ? ` src="${src}"` : ""}> has no alt attribute (expected alt="what the image shows", or alt="" if it is only decoration)`,
        );
      }
    }
    if (tag === "script" && !element.hasAttribute("src") && !dataScriptTypes.has((attributeText(element, "type") ?? "").trim().toLowerCase())) {
      problem(element, "content-safety", `inline <script>: scripts must come from a file of this site (the Content Security Policy blocks inline scripts)`);
    }
    if (tag === "style") {
      problem(element, "content-safety", `<style> element: inline styles are blocked by the Content Security Policy (expected the site's stylesheet)`);
      for (const css of cssReferences(element.textContent, element.location.line))
        references.push({ ...css, shown: `url("${css.url}") in <style>`, load: true });
    }
    if (tag === "iframe" || tag === "frame" || tag === "object" || tag === "embed") {
      problem(element, "content-safety", `<${tag}>: embedded content is not allowed (expected a link to it instead)`);
    }
  });
  return { ids, references, problems };
}

/** Caches the resolved configuration: html-validate would otherwise rebuild its element table for every page. */
class CachedConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | undefined;
  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle) as ResolvedConfig;
    return this.resolved;
  }
}

/** Returns a function that parses one page once, validates it (unless told not to) and collects its facts. */
function createPageChecker(runHtmlValidate: boolean): (file: string, html: string, validate?: boolean) => PageFacts {
  let collected: Pick<PageFacts, "ids" | "references" | "problems"> | undefined;
  let currentFile = "";
  class CollectFacts extends Rule {
    setup(): void {
      this.on("dom:ready", (event: DOMReadyEvent) => {
        collected = collectFacts(event.document, currentFile);
      });
    }
  }
  const plugin = { name: "als-site-checks", rules: { "als-site-checks/collect": CollectFacts } };
  const create = (base: ConfigData) =>
    new HtmlValidate(new CachedConfigLoader({ ...base, plugins: [plugin], rules: { ...base.rules, "als-site-checks/collect": "error" } }));
  const validator = runHtmlValidate ? create(htmlValidateConfig) : undefined;
  let parser: HtmlValidate | undefined; // only our rule: parses and collects, validates nothing
  return (file, html, validate = true) => {
    collected = undefined;
    currentFile = file;
    const engine = validate && validator ? validator : (parser ??= create({ root: true }));
    const report = engine.validateStringSync(html, file);
    const facts = collected ?? { ids: [], references: [], problems: [] };
    const htmlProblems: SiteProblem[] = report.results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity >= 2)
        .map((message) => ({
          file,
          line: message.line,
          check: "html" as const,
          message: `${message.message} (html-validate rule ${message.ruleId}${message.ruleUrl ? `: ${message.ruleUrl}` : ""})`,
        })),
    );
    return { file, ...facts, problems: [...htmlProblems, ...facts.problems], validHtml: engine === validator && report.valid };
  };
}

// ---------------------------------------------------------------------------------------------------
// Many pages: in this thread, or shared out to worker threads in small batches (so one huge page,
// such as a list of every post, does not leave the other workers idle).

interface WorkerInput {
  kind: "als-site-checks";
  siteDir: string;
  htmlValidate: boolean;
  /** Content hashes of pages already known to be valid HTML (see `cacheFile`). */
  knownValid: string[];
}

function pageHash(html: string): string {
  return createHash("sha256").update(html).digest("base64url").slice(0, 24);
}

/** Checks some pages; a page whose hash is in `knownValid` is parsed for its facts but not validated again. */
function createBatchChecker(input: Omit<WorkerInput, "kind">): (files: string[]) => Promise<PageFacts[]> {
  const checkPage = createPageChecker(input.htmlValidate);
  const knownValid = new Set(input.knownValid);
  return async (files) => {
    const results: PageFacts[] = [];
    for (const file of files) {
      const html = await readFile(path.join(input.siteDir, file), "utf8");
      const hash = pageHash(html);
      const skip = knownValid.has(hash);
      const facts = checkPage(file, html, !skip);
      results.push({ ...facts, hash, validHtml: skip || facts.validHtml, validated: input.htmlValidate && !skip });
    }
    return results;
  };
}

const batchSize = 20;

function checkPagesInWorkers(input: Omit<WorkerInput, "kind">, files: string[], workers: number): Promise<PageFacts[]> {
  // Each worker runs this same file. Node 20 does not apply `--import tsx` to a worker's entry file, so a
  // small bootstrap registers tsx's loader first (this works under `tsx` and under vitest alike).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/package.json")
      .replace(/package\.json$/, "dist/esm/api/index.mjs"),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(import.meta.url)}))`;
  const queue = [...files];
  const results: PageFacts[] = [];
  const started: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true, workerData: { kind: "als-site-checks", ...input } satisfies WorkerInput });
      started.push(worker);
      // The worker says it is ready with an empty batch of results; each answer asks for the next batch.
      worker.on("message", (facts: PageFacts[]) => {
        results.push(...facts);
        const next = queue.splice(0, batchSize);
        worker.postMessage(next.length > 0 ? next : null);
      });
      worker.once("error", reject);
      worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a site-check worker stopped with exit code ${code}`))));
    });
  return Promise.all(Array.from({ length: workers }, run)).then(
    () => results,
    async (error: unknown) => {
      await Promise.all(started.map((worker) => worker.terminate()));
      throw error;
    },
  );
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.kind === "als-site-checks") {
  const checkBatch = createBatchChecker(workerData as WorkerInput);
  parentPort!.on("message", (files: string[] | null) => {
    if (files === null) parentPort!.close();
    else void checkBatch(files).then((facts) => parentPort!.postMessage(facts));
  });
  parentPort!.postMessage([]);
}

/** The validation cache: hashes of pages that were valid HTML under exactly this configuration. */
interface ValidationCache {
  key: string;
  valid: string[];
}

function cacheKey(): string {
  return createHash("sha256")
    .update(JSON.stringify([htmlValidateVersion, htmlValidateConfig, 1]))
    .digest("base64url");
}

async function readValidationCache(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  try {
    const cache = JSON.parse(await readFile(file, "utf8")) as ValidationCache;
    return cache.key === cacheKey() && Array.isArray(cache.valid) ? cache.valid : [];
  } catch {
    return [];
  }
}

async function writeValidationCache(file: string | undefined, pages: PageFacts[]): Promise<void> {
  if (!file) return;
  const valid = pages.filter((page) => page.validHtml && page.hash).map((page) => page.hash!);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ key: cacheKey(), valid } satisfies ValidationCache));
}

// ---------------------------------------------------------------------------------------------------
// The whole site: resolve every reference against the files and ids that exist.

const checkOrigin = "https://site.invalid";

/** "/als-resources" or "als-resources/" -> "/als-resources/"; "" -> "/". */
function normalisePrefix(prefix = "/"): string {
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

interface SiteIndex {
  files: Set<string>;
  ids: Map<string, Set<string>>;
  prefix: string;
  /** The public address of the site root, e.g. "https://example.org/als-resources/". */
  siteBase: string | undefined;
}

/** The file a URL path of this site maps to, as a host would serve it, or undefined. */
function fileAt(index: SiteIndex, relative: string): string | undefined {
  const candidates = relative === "" || relative.endsWith("/") ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => index.files.has(candidate));
}

function checkReference(reference: Reference, from: string, index: SiteIndex): SiteProblem | undefined {
  const raw = decodeEntities(reference.url).trim();
  if (raw === "") return undefined;
  const problem = (check: SiteCheck, message: string): SiteProblem => ({ file: from, line: reference.line, check, message: `${reference.shown} ${message}` });

  let url: URL;
  try {
    url = new URL(raw, new URL(`${index.prefix}${from}`, checkOrigin));
  } catch {
    return problem("link", "is not a valid address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined; // mailto:, tel:, data:
  if (url.origin !== checkOrigin) {
    if (index.siteBase && url.href.startsWith(index.siteBase)) {
      url = new URL(`${index.prefix}${url.href.slice(index.siteBase.length)}`, checkOrigin);
    } else if (reference.load) {
      return problem(
        "third-party",
        `loads from another website (${url.host}), which tells it who reads the page and fails offline (expected a file of this site)`,
      );
    } else {
      return undefined; // an ordinary link to another site
    }
  }

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return problem("link", "is not a valid address (a % not followed by two hex digits)");
  }
  if (!`${pathname}/`.startsWith(index.prefix)) {
    return problem("link", `is outside the site, which lives under ${index.prefix} (expected an address starting with ${index.prefix})`);
  }
  const target = fileAt(index, pathname.slice(index.prefix.length));
  if (target === undefined) return problem("link", `points to ${pathname}, which does not exist in the built site`);

  const fragment = url.hash.length > 1 ? safeDecode(url.hash.slice(1)) : "";
  if (fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:") || !target.endsWith(".html")) return undefined;
  if (index.ids.get(target)?.has(fragment)) return undefined;
  const page = target === from ? "this page" : pathname;
  return problem("link", `points to #${fragment}, but ${page} has no element with id="${fragment}"`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** References in the web app manifest: start_url, scope, icons, screenshots, shortcuts. */
function manifestReferences(json: string): Reference[] {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return [];
  }
  const references: Reference[] = [];
  const add = (url: unknown, where: string, load: boolean) => {
    if (typeof url === "string") references.push({ url, line: 1, shown: `${where} "${url}"`, load });
  };
  const images = (list: unknown, where: string) => {
    if (Array.isArray(list)) for (const item of list) add((item as { src?: unknown })?.src, where, true);
  };
  add(manifest.start_url, "start_url", false);
  add(manifest.scope, "scope", false);
  images(manifest.icons, "icons[].src");
  images(manifest.screenshots, "screenshots[].src");
  if (Array.isArray(manifest.shortcuts)) {
    for (const shortcut of manifest.shortcuts as Array<{ url?: unknown; icons?: unknown }>) {
      add(shortcut?.url, "shortcuts[].url", false);
      images(shortcut?.icons, "shortcuts[].icons[].src");
    }
  }
  return references;
}

function sourceMap(siteDir: string, pages: SiteCheckOptions["pages"]): Map<string, string> {
  const map = new Map<string, string>();
  for (const page of pages ?? []) {
    if (typeof page.outputPath !== "string") continue;
    const output = path.relative(siteDir, path.resolve(page.outputPath)).split(path.sep).join("/");
    map.set(output, path.normalize(page.inputPath).split(path.sep).join("/"));
  }
  return map;
}

/** Runs every check on the site in `siteDir` and returns the problems with timings. */
export async function runSiteChecks(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteCheckReport> {
  const start = performance.now();
  const root = path.resolve(siteDir);
  const allFiles = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
  const htmlFiles = allFiles.filter((file) => file.endsWith(".html"));
  const htmlValidate = options.htmlValidate ?? true;

  // Pages: one core handles ~100–200 pages a second; worker threads pay off from a few hundred pages.
  const workers = Math.max(1, Math.min(options.workers ?? (htmlFiles.length >= 300 ? availableParallelism() : 1), htmlFiles.length));
  const pagesStart = performance.now();
  const input = { siteDir: root, htmlValidate, knownValid: await readValidationCache(options.cacheFile) };
  const pages = (workers === 1 ? await createBatchChecker(input)(htmlFiles) : await checkPagesInWorkers(input, htmlFiles, workers)).sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  const pagesMs = performance.now() - pagesStart;
  if (htmlValidate) await writeValidationCache(options.cacheFile, pages);

  const index: SiteIndex = {
    files: new Set(allFiles),
    ids: new Map(pages.map((page) => [page.file, new Set(page.ids)])),
    prefix: normalisePrefix(options.pathPrefix),
    siteBase: options.siteUrl ? new URL(normalisePrefix(options.pathPrefix), options.siteUrl).href : undefined,
  };

  // A file's problems, each once (a broken link in a menu is reported once per page, not once per use).
  const problems: SiteProblem[] = [];
  const addUnique = (found: SiteProblem[]) => {
    const seen = new Set<string>();
    for (const problem of found) {
      const key = `${problem.check}\n${problem.message}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
  };

  for (const page of pages) {
    const found = [...page.problems];
    for (const reference of page.references) {
      const problem = checkReference(reference, page.file, index);
      if (problem) found.push(problem);
    }
    addUnique(found);
  }
  for (const file of allFiles) {
    if (file.endsWith(".css")) {
      const references = cssReferences(await readFile(path.join(root, file), "utf8")).map((css) => ({ ...css, shown: `url("${css.url}")`, load: true }));
      addUnique(references.flatMap((reference) => checkReference(reference, file, index) ?? []));
    } else if (file.endsWith(".webmanifest") || file === "manifest.json") {
      const references = manifestReferences(await readFile(path.join(root, file), "utf8"));
      addUnique(references.flatMap((reference) => checkReference(reference, file, index) ?? []));
    }
  }

  const sources = sourceMap(root, options.pages);
  for (const problem of problems) {
    const source = sources.get(problem.file);
    if (source) problem.source = source;
  }
  const validated = pages.filter((page) => page.validated).length;
  return { problems, stats: { files: allFiles.length, htmlPages: htmlFiles.length, validated, workers, pagesMs, totalMs: performance.now() - start } };
}

/** Every problem in the built site in `siteDir` (see the top of this file for the checks). */
export async function checkBuiltSite(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteProblem[]> {
  return (await runSiteChecks(siteDir, options)).problems;
}

/** "posts/x/index.html:12 (from src/posts/x.md): link: <a href="/nowhere/"> points to …" */
export function formatSiteProblem(problem: SiteProblem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ""}${problem.source ? ` (from ${problem.source})` : ""}`;
  return `${where}: ${problem.check}: ${problem.message}`;
}

/** Thrown by the build's "Site checks" step; its message is the problems, one per line. */
export class SiteCheckError extends Error {
  constructor(readonly problems: SiteProblem[]) {
    const shown = problems.slice(0, 200).map(formatSiteProblem);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the built site (fix each, then build again):\n${shown.join("\n")}`);
    this.name = "SiteCheckError";
  }
}

/** For the build: runs the checks and throws a SiteCheckError if anything is wrong. */
export async function assertBuiltSite(siteDir: string, options: SiteCheckOptions = {}): Promise<SiteCheckReport> {
  const report = await runSiteChecks(siteDir, options);
  if (report.problems.length > 0) throw new SiteCheckError(report.problems);
  return report;
}
