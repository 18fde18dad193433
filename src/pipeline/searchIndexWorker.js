/**
 * The build's link to Pagefind, as a worker thread (started by `startSearchIndex` in searchIndex.ts, which
 * prepares each page and types these messages): it passes each page to Pagefind as it arrives (up to 32
 * pages to a message), writes the index when asked (sending the list of its files first, then its answer)
 * and ends.
 *
 * The index files are written here, from Pagefind's in-memory copy (`getFiles`), not by Pagefind's own
 * `writeFiles`: that answers before its last writes have reached the files, and closing Pagefind then (as a
 * build must, to end) left some of them empty, `pagefind-entry.json` included, which breaks search. Seen
 * in 2 to 9 of 60 to 80 small indexes written while the machine was busy; never with this.
 *
 * The list of those files (names, sizes and content hashes) is sent as soon as Pagefind has built them, before
 * they are written, so the service worker's precache list is made while they are written.
 *
 * Plain JavaScript on purpose: on Node 20 a TypeScript worker loads tsx in its own thread, about 30 MB
 * more for the whole build, and this file only relays messages.
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

const port = parentPort;
if (!port) throw new Error("searchIndexWorker.js runs only as a worker thread (see startSearchIndex in searchIndex.ts)");

const created = pagefind.createIndex();
created.catch(() => {}); // reported by finish()
/** Each page's hand-over to Pagefind; one that failed rejects with the page's address and Pagefind's message. */
const pending = [];

async function add({ url, content }) {
  const { index } = await created;
  if (!index) return; // reported by finish()
  const result = await index.addHTMLFile({ url, content });
  if (result.errors.length > 0) throw new Error(`${url}: ${result.errors.join("; ")}`);
}

/** Writes the index's files into `outputPath`, eight at a time. */
async function writeIndexFiles(wanted, outputPath) {
  const folders = new Set(wanted.map((file) => path.dirname(path.join(outputPath, file.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const queue = wanted.values();
  // Enough to keep Node's four file-system threads busy, without opening thousands of files at once.
  const writer = async () => {
    for (const file of queue) await writeFile(path.join(outputPath, file.path), file.content);
  };
  await Promise.all(Array.from({ length: 8 }, writer));
}

/** A file as the service worker's precache list needs it (`SearchIndexFile` in searchIndex.ts). */
function listedFile(file) {
  // The same revision as serviceWorker.ts gives a file it reads: the first 16 hex digits of its MD5.
  return { path: file.path, size: file.content.byteLength, md5: createHash("md5").update(file.content).digest("hex").slice(0, 16) };
}

async function finish({ outputPath, skip }) {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    await Promise.all(pending);
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(built.errors.join("; "));
    const wanted = built.files.filter((file) => !skip.includes(file.path));
    port.postMessage({ listed: wanted.map(listedFile) });
    await writeIndexFiles(wanted, outputPath);
    return { indexed: pending.length };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  } finally {
    await pagefind.close();
  }
}

async function abort() {
  await Promise.allSettled(pending);
  await pagefind.close();
  return { aborted: true };
}

port.on("message", (request) => {
  if ("add" in request) {
    for (const page of request.add) {
      const added = add(page);
      added.catch(() => {}); // awaited by finish()
      pending.push(added);
    }
    return;
  }
  // No more requests: from here only Pagefind's work keeps this thread alive. If Pagefind's process dies
  // (it panics on some errors), its client may never answer: the thread then ends,
  // and the build reports it instead of waiting forever.
  port.unref();
  void ("finish" in request ? finish(request.finish) : abort()).then((reply) => port.postMessage(reply));
});
