/**
 * The build's link to Pagefind, as a worker thread (started by `startSearchIndex` in searchIndex.ts, which
 * prepares each page and types these messages): it passes each page to Pagefind as it arrives, writes the
 * index when asked, answers once and ends.
 *
 * Plain JavaScript on purpose: on Node 20 a TypeScript worker loads tsx in its own thread, about 30 MB
 * more for the whole build, and this file only relays messages.
 */
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

async function finish(outputPath) {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    await Promise.all(pending);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
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
    const added = add(request.add);
    added.catch(() => {}); // awaited by finish()
    pending.push(added);
    return;
  }
  // No more requests: from here only Pagefind's work keeps this thread alive. If Pagefind's process dies
  // (it stops on a write error such as a full disk), its client never answers: the thread then ends,
  // and the build reports it instead of waiting forever.
  port.unref();
  void ("finish" in request ? finish(request.finish) : abort()).then((reply) => port.postMessage(reply));
});
