/**
 * Atomic output: the build writes into a fresh folder beside the target and swaps it in with renames
 * only when every step succeeded, so readers (and the deploy) never see a half-built site and a failed
 * build leaves the previous site byte-for-byte as it was.
 */
import { mkdtemp, rename, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";

export async function createStagingFolder(target: string): Promise<string> {
  // Beside the target, so the final rename stays on one file system.
  return mkdtemp(path.join(path.dirname(target), `.site-build-${path.basename(target)}-`));
}

export async function publishStagingFolder(staging: string, target: string): Promise<void> {
  const previous = `${staging}-previous`;
  const hadPrevious = existsSync(target);
  if (hadPrevious) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

export async function discardStagingFolder(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
