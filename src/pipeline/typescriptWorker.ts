/**
 * Starts a worker thread whose entry file is TypeScript. On Node 20, `--import tsx` sets tsx up only on the
 * main thread (tsx registers itself in worker threads from Node 22.22.3 and 24.11.1 on), so each worker is
 * started with an `--import` that calls tsx's documented ESM API, `register()` from `tsx/esm/api`, before
 * its entry file loads. The same holds under `tsx` and under vitest.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";

const workerExecArgv = [
  "--import",
  `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register();`)}`,
];

export function startTypeScriptWorker(entry: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  return new Worker(entry, { execArgv: workerExecArgv, workerData, resourceLimits });
}
