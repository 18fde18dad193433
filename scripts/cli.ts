/**
 * What every script shares: knowing whether it was started as a script (`isMainModule`), and printing a
 * failure as one plain message (`runCli`).
 */
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Runs a script's `main`, printing a failure as one plain message (no stack trace) and exiting with 1. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

/** The real path of a file (symlinks resolved), or the path itself when it does not exist. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * True when the module at `moduleUrl` (pass `import.meta.url`) is the script Node was started with, not
 * a module imported by another. It compares file paths, not URLs: a URL encodes spaces and letters such
 * as "ñ" (`My%20Sites`), so comparing it with `file://${process.argv[1]}` fails in such a folder.
 */
export function isMainModule(moduleUrl: string, scriptPath: string | undefined = process.argv[1]): boolean {
  if (!scriptPath) return false;
  return realPath(fileURLToPath(moduleUrl)) === realPath(path.resolve(scriptPath));
}
