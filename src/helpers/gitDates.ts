/**
 * When a file last changed, from git: the date of the last commit that touched it, or nothing when git does
 * not know (no repository, a file not yet committed, or one changed since its last commit). A date shown to
 * readers is real or absent, never guessed.
 */
import { execFileSync } from "node:child_process";

const byFile = new Map<string, string | undefined>();

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** `file` is relative to `cwd` (the project root). */
export function lastCommitDate(file: string, cwd = process.cwd()): string | undefined {
  const key = `${cwd}\0${file}`;
  if (byFile.has(key)) return byFile.get(key);
  const changedSince = git(["status", "--porcelain", "--", file], cwd);
  const date = changedSince === "" ? git(["log", "-1", "--format=%cs", "--", file], cwd) || undefined : undefined;
  byFile.set(key, date);
  return date;
}
