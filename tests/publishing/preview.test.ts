/**
 * The preview (`npm start`: Eleventy with `--incremental`) after a maintainer saves a change: an incremental
 * rebuild renders only what the change touches, and the search index and the offline page list must still
 * follow it (src/_config/plugins/devServer.ts), for an edited post and for a deleted one; and the posts that
 * link to the edited one must be rendered again with it (src/_config/plugins/previewNeighbours.ts). Before
 * Eleventy's rebuild, the quick update (src/_config/plugins/quickPostUpdate.ts) writes the edited post and
 * the pages that show it, and Eleventy's rebuild must then write the same pages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchSite } from "../helpers/pagefindSearch.ts";
import { copyProject, projectRoot } from "../helpers/project.ts";

const post = (title: string, word: string, date = "2026-01-12") => `---
title: "${title}"
date: "${date}"
summary: "A short test post."
tags: [preview-test-topic]
---

## About the word

This post is about ${word}, a word no other page uses.

Sources: none
`;

const edited = { file: "src/posts/en/preview-edited.md", url: "/posts/preview-edited/" };
const deleted = { file: "src/posts/en/preview-deleted.md", url: "/posts/preview-deleted/" };

/** Waits until `test` holds, checking every 100 ms; fails with `what` after a minute. */
async function eventually(what: string, test: () => boolean): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > 60_000) throw new Error(`The preview did not update: ${what}`);
    await sleep(100);
  }
}

describe("preview rebuilds (npm start)", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let preview: ChildProcess;
  let log = "";
  let site: string;
  const offlineTitles = async () =>
    (JSON.parse(await readFile(path.join(site, "offline-index.json"), "utf8")) as Array<{ url: string; title: string }>).map(
      (entry) => `${entry.url} ${entry.title}`,
    );
  const found = async (word: string) => (await searchSite(site, {}, word)).map((result) => result.url);
  // The preview says when it has rewritten the search index (in the background, after a rebuild).
  const indexUpdates = () => log.match(/Search index up to date/g)?.length ?? 0;
  // After a quick update, the preview compares it with Eleventy's rebuild and says so.
  const comparisons = () => log.match(/Quick update (matches|differed)/g)?.length ?? 0;
  /** Saves a change, then waits for the rebuild and its search index. */
  const saveAndWait = async (change: () => Promise<void>) => {
    const before = indexUpdates();
    await change();
    await eventually("the search index after a rebuild", () => indexUpdates() > before);
  };

  beforeAll(async () => {
    project = await copyProject();
    await project.write(edited.file, post("Preview post before", "quokkanomics"));
    await project.write(deleted.file, post("Preview post to delete", "wombatography"));
    site = path.join(project.root, "_site");
    preview = spawn(
      path.join(projectRoot, "node_modules", ".bin", "tsx"),
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--watch", "--incremental"],
      { cwd: project.root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ELEVENTY_ENV: "development" } },
    );
    preview.stdout!.on("data", (chunk) => (log += chunk));
    preview.stderr!.on("data", (chunk) => (log += chunk));
    await eventually("the first build and its search index", () => log.includes("Watching") && indexUpdates() === 1);
  });
  afterAll(async () => {
    preview?.kill();
    await project?.remove();
  });

  it("indexes every page and lists them offline after the first build", async () => {
    expect(await found("quokkanomics")).toEqual([edited.url]);
    expect(await found("wombatography")).toEqual([deleted.url]);
    expect(await offlineTitles()).toEqual(expect.arrayContaining([`${edited.url} Preview post before`, `${deleted.url} Preview post to delete`]));
  });

  it("follows an edited post in the search index and the offline list, without a full rebuild", async () => {
    await saveAndWait(() => project.write(edited.file, post("Preview post after", "platypology")));
    expect(await found("platypology")).toEqual([edited.url]);
    expect(await found("quokkanomics")).toEqual([]);
    expect(await offlineTitles()).toContain(`${edited.url} Preview post after`);
    expect(await offlineTitles()).not.toContain(`${edited.url} Preview post before`);
    // Still the same search index for the pages the rebuild did not render.
    expect(await found("wombatography")).toEqual([deleted.url]);
    expect(log, "the rebuild was incremental").toMatch(/skipped \d+/);
  });

  it("writes the edited post and the pages that show it before Eleventy's rebuild, and the rebuild agrees", async () => {
    const quick = log.search(/Quick update: wrote src\/posts\/en\/preview-edited\.md and \d+ pages that show it/);
    const rebuild = log.search(/Wrote \d+ files? \(skipped \d+\)/);
    expect(quick, "the quick update ran").toBeGreaterThan(-1);
    expect(quick, "before Eleventy's rebuild").toBeLessThan(rebuild);
    await eventually("the comparison with Eleventy's rebuild", () => /Quick update (matches|differed)/.test(log));
    expect(log).toMatch(/Quick update matches Eleventy's rebuild \(\d+ pages compared\)/);
    expect(log).not.toMatch(/Quick update differed/);
  });

  it("re-renders the next post, whose page links to the edited one by its title", async () => {
    // Same date: the posts are ordered by title, so the post to delete comes next.
    const next = await readFile(path.join(site, deleted.url, "index.html"), "utf8");
    expect(next).toMatch(/rel="prev"><span class="pager-label">Previous post<\/span> Preview post after<\/a>/);
    expect(next).not.toContain("Preview post before");
  });

  it("takes a saved translation quickly too, and the rebuild agrees", async () => {
    const [name] = (await readdir(path.join(project.root, "src/posts/es"))).filter((file) => file.endsWith(".md")).sort();
    const file = `src/posts/es/${name}`;
    const source = await readFile(path.join(project.root, file), "utf8");
    const before = comparisons();
    await saveAndWait(() => project.write(file, source.replace(/^title: .*$/m, 'title: "Una traducción editada"')));
    expect(log).toContain(`Quick update: wrote ${file} and `);
    await eventually("the comparison with Eleventy's rebuild", () => comparisons() > before);
    expect(log).not.toMatch(/Quick update differed/);
    const page = await readFile(path.join(site, "es/posts", name!.replace(/\.md$/, ""), "index.html"), "utf8");
    expect(page).toContain("<h1>Una traducción editada</h1>");
  });

  it("puts in the front matter as Eleventy reads it, with the spaces around a text, and the rebuild agrees", async () => {
    const quickUpdates = () => log.match(/Quick update: wrote src\/posts\/en\/preview-edited\.md /g)?.length ?? 0;
    const [updatesBefore, comparedBefore] = [quickUpdates(), comparisons()];
    const spaced = post("Preview post after", "platypology").replace('summary: "A short test post."', 'summary: " A short test post, with spaces around it. "');
    await saveAndWait(() => project.write(edited.file, spaced));
    expect(quickUpdates(), "the quick update ran").toBe(updatesBefore + 1);
    await eventually("the comparison with Eleventy's rebuild", () => comparisons() > comparedBefore);
    expect(log).not.toMatch(/Quick update differed/);
  });

  it("leaves a post whose date changed to Eleventy's rebuild, which moves it in the lists", async () => {
    await saveAndWait(() => project.write(edited.file, post("Preview post after", "platypology", "2026-01-13")));
    expect(log).toMatch(/Quick update: left src\/posts\/en\/preview-edited\.md to Eleventy's rebuild \(its date changed\)/);
    const page = await readFile(path.join(site, edited.url, "index.html"), "utf8");
    expect(page).toContain(`datetime="2026-01-13"`);
  });

  it("drops a deleted post from the search index and the offline list at the next rebuild", async () => {
    // Eleventy 3 does not rebuild when a file is deleted; the next save of any file does.
    await rm(path.join(project.root, deleted.file));
    await eventually("Eleventy noticing the deletion", () => log.includes("File deleted"));
    await saveAndWait(() => project.write(edited.file, post("Preview post after", "platypology")));
    expect(await found("wombatography")).toEqual([]);
    expect((await offlineTitles()).filter((entry) => entry.startsWith(deleted.url))).toEqual([]);
    expect(await found("platypology")).toEqual([edited.url]);
  });
});
