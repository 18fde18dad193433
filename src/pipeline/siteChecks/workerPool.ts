/**
 * Sharing pages out to worker threads (worker.ts) in small batches, so one huge page, such as a list of
 * every post, does not leave the other workers idle.
 */
import type { Worker } from "node:worker_threads";
import { startTypeScriptWorker } from "../typescriptWorker.ts";
import type { PageBatchInput } from "./page.ts";
import type { PageFacts } from "./types.ts";

const batchSize = 20;

/** Checks `files` in `workers` threads; the facts come back in no particular order. */
export function checkPagesInWorkers(input: PageBatchInput, files: string[], workers: number): Promise<PageFacts[]> {
  const queue = [...files];
  const results: PageFacts[] = [];
  const started: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startTypeScriptWorker(new URL("./worker.ts", import.meta.url), input satisfies PageBatchInput);
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
