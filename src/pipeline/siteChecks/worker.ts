/**
 * A worker thread of the site checks (started by workerPool.ts): checks the batches of pages it is sent
 * and answers each with their facts. An empty answer says it is ready; `null` tells it to stop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createBatchChecker, type PageBatchInput } from "./page.ts";

const port = parentPort;
if (!port) throw new Error("siteChecks/worker.ts runs only as a worker thread (see workerPool.ts)");
const checkBatch = createBatchChecker(workerData as PageBatchInput);
port.on("message", (files: string[] | null) => {
  if (files === null) port.close();
  else void checkBatch(files).then((facts) => port.postMessage(facts));
});
port.postMessage([]);
