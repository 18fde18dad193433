/**
 * Starts the build's content check (contentCheckForBuild.ts) in a worker thread. Only types come from the
 * check itself: the main thread, busy with Eleventy, does not load the checks it would never run.
 */
import { startTypeScriptWorker } from "./typescriptWorker.ts";
import { backgroundWorkerLimits } from "./workerLimits.ts";
import { ContentError } from "../model/checks/problems.ts";
import type { BuildContentCheck, ContentCheckMessage } from "./contentCheckForBuild.ts";

export type { BuildContentCheck } from "./contentCheckForBuild.ts";

/**
 * Starts the content check in a worker thread and returns its outcome: the check, a `ContentError` with
 * every problem, or the error that stopped the worker (a bad `SITE_TODAY`, say).
 */
export function startContentCheck(root: string): Promise<BuildContentCheck> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL("./contentCheckWorker.ts", import.meta.url), { root }, backgroundWorkerLimits);
    let answered = false;
    worker.once("message", (message: ContentCheckMessage) => {
      answered = true;
      if ("check" in message) resolve(message.check);
      else reject(new ContentError(message.problems));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!answered) reject(new Error(`the content check stopped with exit code ${code} before it answered`));
    });
  });
}
