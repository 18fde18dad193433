/** Drafts: left out of production builds everywhere, and shown by the preview (`npm start`). */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapPaths } from "../helpers/builtSite.ts";
import { buildSite, copyProject, projectRoot } from "../helpers/project.ts";

const draft = `---
title: "A draft about trials"
date: "2026-01-10"
summary: "Not ready yet."
tags: [draft-only-topic]
draft: true
---

Work in progress.

Sources: none
`;

/** Eleventy in watch mode (what `npm start` runs, without the server), until its first build is done. */
function previewBuild(root: string, output: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
    const child = spawn(tsx, ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--watch", `--output=${output}`], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The preview build did not finish:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Watching")) {
        clearTimeout(timer);
        child.kill();
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
  });
}

describe("drafts", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  beforeAll(async () => {
    project = await copyProject();
    await project.write("src/posts/a-draft.md", draft);
  });
  afterAll(() => project.remove());

  it("are left out of the production build: no page, no tag, not in the sitemap, lists or feeds", async () => {
    const site = path.join(project.root, "out");
    const result = await buildSite(project.root, site, ["--quiet"]);
    expect(result.code, result.output).toBe(0);
    expect(existsSync(path.join(site, "posts/a-draft/index.html"))).toBe(false);
    expect(existsSync(path.join(site, "tags/draft-only-topic/index.html"))).toBe(false);
    expect(await sitemapPaths(site)).not.toContain("/posts/a-draft/");
    for (const file of ["posts/index.html", "feed.xml", "feed.json", "index.html"]) {
      expect(await readFile(path.join(site, file), "utf8"), file).not.toContain("A draft about trials");
    }
  });

  it("are built by the preview", async () => {
    const preview = path.join(project.root, "preview");
    await previewBuild(project.root, preview);
    const html = await readFile(path.join(preview, "posts/a-draft/index.html"), "utf8");
    expect(html).toContain("A draft about trials");
    expect(html).toContain("draft: not published");
  });
});
