import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastCommitDate } from "../../../src/helpers/gitDates.ts";

describe("when a file last changed, from git", () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: "2026-03-04T10:00:00Z", GIT_COMMITTER_DATE: "2026-03-04T10:00:00Z" } });
  beforeAll(async () => {
    repo = await mkdtemp(path.join(os.tmpdir(), "als-git-"));
    git("init", "-q");
    await writeFile(path.join(repo, "committed.md"), "one");
    await writeFile(path.join(repo, "edited.md"), "one");
    git("add", ".");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "first");
    await writeFile(path.join(repo, "edited.md"), "two");
  });
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("is the date of the last commit that touched it", () => {
    expect(lastCommitDate("committed.md", repo)).toBe("2026-03-04");
  });

  it("is unknown for a file changed since, or never committed, or outside a repository", async () => {
    expect(lastCommitDate("edited.md", repo)).toBeUndefined();
    await writeFile(path.join(repo, "new.md"), "new");
    expect(lastCommitDate("new.md", repo)).toBeUndefined();
    expect(lastCommitDate("anything.md", os.tmpdir())).toBeUndefined();
  });
});
