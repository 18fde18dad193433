/**
 * The build's content check as a worker thread (started by `startContentCheck` in contentCheck.ts), so it
 * runs while Eleventy renders on the main thread. It answers once, then ends.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ContentError } from "../model/checks/problems.ts";
import { checkContentForBuild, type ContentCheckMessage } from "./contentCheckForBuild.ts";

const port = parentPort;
if (!port) throw new Error("contentCheckWorker.ts runs only as a worker thread (see startContentCheck in contentCheck.ts)");
const { root } = workerData as { root: string };
try {
  port.postMessage({ check: await checkContentForBuild(root) } satisfies ContentCheckMessage);
} catch (error) {
  // Other errors end the worker and reach the build through its "error" event.
  if (!(error instanceof ContentError)) throw error;
  port.postMessage({ problems: error.problems } satisfies ContentCheckMessage);
}
