/**
 * When a file last changed, from git: the date of the last commit that touched it, or nothing when git does
 * not know (no repository, a file not yet committed, or one changed since its last commit). A date shown to
 * readers is real or absent, never guessed.
 */
import { execFileSync } from "node:child_process";

const byFile = new Map<string, string | undefined>();

function git(args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function lastCommitDate(file: string): string | undefined {
  if (byFile.has(file)) return byFile.get(file);
  const changedSince = git(["status", "--porcelain", "--", file]);
  const date = changedSince === "" ? git(["log", "-1", "--format=%cs", "--", file]) || undefined : undefined;
  byFile.set(file, date);
  return date;
}
