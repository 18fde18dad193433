/**
 * Sharing pages out to worker threads (worker.ts) in small batches, so one huge page, such as a list of
 * every post, does not leave the other workers idle.
 */
import { Worker } from "node:worker_threads";
import type { PageBatchInput } from "./page.ts";
import type { PageFacts } from "./types.ts";

const batchSize = 20;

/**
 * worker.ts is TypeScript, so each worker must load it through tsx. On Node 20, `--import tsx` sets tsx up
 * only on the main thread (tsx registers itself in worker threads from Node 22.22.3 and 24.11.1 on), so
 * each worker is started with an `--import` that calls tsx's documented ESM API, `register()` from
 * `tsx/esm/api`, before its entry file loads. The same holds under `tsx` and under vitest.
 */
const workerExecArgv = [
  "--import",
  `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register();`)}`,
];

/** Checks `files` in `workers` threads; the facts come back in no particular order. */
export function checkPagesInWorkers(input: PageBatchInput, files: string[], workers: number): Promise<PageFacts[]> {
  const queue = [...files];
  const results: PageFacts[] = [];
  const started: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { execArgv: workerExecArgv, workerData: input satisfies PageBatchInput });
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
