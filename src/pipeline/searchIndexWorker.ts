/**
 * The build's search index as a worker thread (started by `startSearchIndexWorker` in searchIndex.ts): it
 * passes each rendered page to Pagefind as it arrives, then writes the index when asked, answers once and ends.
 */
import { parentPort } from "node:worker_threads";
import { startSearchIndex, type SearchIndexReply, type SearchIndexRequest } from "./searchIndex.ts";

const port = parentPort;
if (!port) throw new Error("searchIndexWorker.ts runs only as a worker thread (see startSearchIndexWorker in searchIndex.ts)");
const indexer = await startSearchIndex();

async function reply(request: Exclude<SearchIndexRequest, { add: unknown }>): Promise<SearchIndexReply> {
  if ("abort" in request) {
    await indexer.abort();
    return { aborted: true };
  }
  try {
    return { indexed: await indexer.finish(request.finish) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

port.on("message", (request: SearchIndexRequest) => {
  if ("add" in request) return indexer.add(request.add);
  // No more requests: from here only Pagefind's work keeps this thread alive. If Pagefind's process dies
  // (it stops on a write error such as a full disk), its client never answers: the thread then ends,
  // and the build reports it instead of waiting forever.
  port.unref();
  void reply(request).then((answer) => port.postMessage(answer));
});
