/**
 * Pagefind's full-text index of every page's main content (`data-pagefind-body` on <main>), built
 * through its Node API from the HTML Eleventy renders, so no page is read from disk again. Pages are
 * added as they are rendered: Pagefind indexes them in its own process while Eleventy carries on.
 *
 * Pagefind's client runs in a worker thread (searchIndexWorker.js). Eleventy renders every page in one
 * long chain of promises, so the main thread's event loop does not turn until it has finished: pages sent
 * to Pagefind from there waited in a pipe until then, and Pagefind sat idle while the second core was
 * free. A worker's event loop sends each page as it arrives.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { pathPrefix } from "../model/siteUrls.ts";
import { backgroundWorkerLimits } from "./workerLimits.ts";

/** Pagefind makes ready-made search UIs too; our own search page uses only its JS API, so they are not written. */
const unusedFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * Pagefind reads only `<main>` (the `data-pagefind-body` element), so only that is sent: it parses a
 * third less HTML per page, which is most of its work.
 */
export function searchableHtml(content: string): string {
  const start = content.indexOf("<main");
  const end = content.indexOf("</main>");
  if (start === -1 || end === -1) return content;
  // Pagefind keeps one index per language, from `<html lang>`: the Spanish search page searches Spanish pages.
  const lang = /<html lang="([a-z-]+)"/.exec(content.slice(0, 200))?.[1] ?? "en";
  return `<!doctype html><html lang="${lang}"><body>${content.slice(start, end + "</main>".length)}</body></html>`;
}

/** A page as Pagefind gets it: its address and its `<main>` (see `searchableHtml`). */
export interface SearchablePage {
  url: string;
  content: string;
}

/** What Pagefind gets of a page, or nothing for a page that is not searched (no `data-pagefind-body`). */
export function searchablePage(page: { url: string; content: string }): SearchablePage | undefined {
  if (!page.url.endsWith("/") || !page.content.includes("data-pagefind-body")) return undefined;
  return { url: page.url, content: searchableHtml(page.content) };
}

/** One file of the index, as listed before it is written: its path under `pagefind/`, size and content hash. */
export interface SearchIndexFile {
  path: string;
  size: number;
  /** The first 16 hex digits of the file's MD5, the revision the service worker gives a file it hashes. */
  md5: string;
}

/** The index being written: its file list comes first, while the files are still being written. */
export interface SearchIndexWrite {
  files: Promise<SearchIndexFile[]>;
  /** Settles when every file is written, with the number of pages indexed. */
  written: Promise<number>;
}

export interface SearchIndexer {
  /** Queues one rendered page; pages without `data-pagefind-body` are skipped. */
  add(page: { url: string; content: string }): void;
  /** Waits for every queued page and writes the index into `<output>/pagefind`. */
  finish(output: string): SearchIndexWrite;
  /** Stops Pagefind without writing (after a failed build). */
  abort(): Promise<void>;
}

/**
 * Pages cross to the worker this many at a time. Each message costs the main thread, the build's busiest,
 * far more than the copy of a page: at 4,000 posts, one message per page took 0.35 to 0.41 s of it in
 * profiles of the build, and 0.10 s with 32 pages a message. Pagefind gets each page up to 31 pages later.
 */
const pagesPerMessage = 32;

/** Messages to the search index worker (searchIndexWorker.js): pages with their final address, then one of the others. */
export type SearchIndexRequest = { add: SearchablePage[] } | { finish: { outputPath: string; skip: string[] } } | { abort: true };
/** The worker's answer to `finish` or `abort`; before it, a `finish` that built the index lists its files. */
export type SearchIndexReply = { indexed: number } | { failed: string } | { aborted: true };
export type SearchIndexMessage = SearchIndexReply | { listed: SearchIndexFile[] };

/**
 * Pagefind's process gives memory it has freed back to the system after 0.1 s, not after its allocator's
 * default of 10 s. Its allocator (jemalloc) reads this from `_RJEM_MALLOC_CONF`. Pagefind frees and
 * allocates memory all the time it indexes, and with the default the freed memory counted in its peak: at
 * 10,000 posts 761 to 763 MB, against 558 to 561 MB with this (four alternated builds each), with the same
 * build time and CPU time. A value already in the environment is left as it is.
 */
export const pagefindAllocatorSettings = "dirty_decay_ms:100";

/** Starts Pagefind, with its client in a worker thread, ready to take pages. */
export function startSearchIndex(): SearchIndexer {
  // Pagefind's client starts its process from the worker, with the worker's environment.
  const env = { ...process.env, _RJEM_MALLOC_CONF: process.env._RJEM_MALLOC_CONF ?? pagefindAllocatorSettings };
  // No TypeScript loader in the worker (`execArgv: []`): it is plain JavaScript.
  const worker = new Worker(new URL("./searchIndexWorker.js", import.meta.url), { execArgv: [], env, resourceLimits: backgroundWorkerLimits });
  // Set up to end as soon as the worker answers, or stops without answering.
  let listFiles: (files: SearchIndexFile[]) => void = () => {};
  const listed = new Promise<SearchIndexFile[]>((resolve) => (listFiles = resolve));
  const answer = new Promise<SearchIndexReply>((resolve, reject) => {
    worker.on("message", (message: SearchIndexMessage) => ("listed" in message ? listFiles(message.listed) : resolve(message)));
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error("Pagefind stopped before it finished the search index (its own message, if any, is above)")));
  });
  answer.catch(() => {}); // awaited by finish() or abort()
  const ask = async (request: SearchIndexRequest): Promise<SearchIndexReply> => {
    worker.postMessage(request);
    try {
      return await answer;
    } finally {
      await worker.terminate();
    }
  };
  const prefix = pathPrefix();
  let batch: SearchablePage[] = [];
  const sendBatch = () => {
    if (batch.length > 0) worker.postMessage({ add: batch } satisfies SearchIndexRequest);
    batch = [];
  };
  return {
    add(page) {
      // Only the searchable part crosses to the worker (a copy): less to copy and to hold there.
      const searchable = searchablePage(page);
      if (!searchable) return;
      batch.push({ url: `${prefix}${searchable.url.replace(/^\//, "")}`, content: searchable.content });
      if (batch.length === pagesPerMessage) sendBatch();
    },
    finish(output) {
      sendBatch();
      const written = ask({ finish: { outputPath: path.join(output, "pagefind"), skip: unusedFiles } }).then((reply) => {
        if ("failed" in reply) throw new Error(reply.failed);
        if (!("indexed" in reply)) throw new Error("the search index worker stopped without writing the index");
        return reply.indexed;
      });
      // The list arrives before the answer; a worker that fails first fails the list with its reason.
      const files = Promise.race([
        listed,
        written.then((): never => {
          throw new Error("the search index worker wrote the index without listing its files");
        }),
      ]);
      files.catch(() => {}); // a caller that waits only for `written` gets the same failure there
      return { files, written };
    },
    async abort() {
      await ask({ abort: true });
    },
  };
}

/** Indexes pages that are already rendered (the dev server uses this after each rebuild). */
export async function buildSearchIndex(output: string, pages: Array<{ url: string; content: string }>): Promise<number> {
  const indexer = startSearchIndex();
  for (const page of pages) indexer.add(page);
  return indexer.finish(output).written;
}
