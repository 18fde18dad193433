/**
 * The builds the test files share, made once per `npm test` by tests/globalSetup.ts, at the same time
 * (the machine has two cores, and a build mostly uses one):
 *
 * - production: `npm run build` of the project with one draft post added. Drafts are left out of
 *   production builds, so this is the real site, and the drafts test checks that nothing of it shows.
 * - preview: the same project as `npm start` builds it (Eleventy in watch mode), where the draft shows.
 * - editedDrug: a production build after a maintainer edits one drug's summary, for the tests that
 *   follow an update (new precache revisions, the service worker offering the new version).
 *
 * Any other variant is built by the one test that needs it.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { projectRoot } from "./project.ts";

export interface SharedBuilds {
  production: string;
  preview: string;
  editedDrug: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    sharedBuilds: SharedBuilds;
  }
}

export function sharedBuild(name: keyof SharedBuilds): string {
  return inject("sharedBuilds")[name];
}

export const draftPost = {
  file: "src/posts/en/a-draft.md",
  title: "A draft about trials",
  tag: "draft-only-topic",
  url: "/posts/a-draft/",
  text: `---
title: "A draft about trials"
date: "2026-01-10"
summary: "Not ready yet."
tags: [draft-only-topic]
draft: true
---

Work in progress.

Sources: none
`,
};

/** A drug whose English summary (prose) and dose (a fact) a maintainer changed after it was translated. */
export const editedDrug = {
  file: "_data/drugs/riluzole.ts",
  url: "/drugs/riluzole/",
  marker: "Edited for the update test.",
  /** Its Spanish page, which must then say its translation is outdated. */
  spanishUrl: "/es/drugs/riluzole/",
  dose: { before: "50 mg each time", after: "45 mg each time" },
  /** The drug file with the marker at the start of its summary. */
  async text(root: string): Promise<string> {
    const source = await readFile(path.join(root, this.file), "utf8");
    const edited = source.replace(/summary:\s*\n?\s*"/, (match) => `${match}${this.marker} `);
    if (edited === source) throw new Error(`${this.file} has no summary to edit`);
    // And its dose: a fact, which every language's page must show as the English now says it.
    const dosed = edited.replace(this.dose.before, this.dose.after);
    if (dosed === edited) throw new Error(`${this.file} has no dose "${this.dose.before}" to edit`);
    return dosed;
  },
};

/** Eleventy in watch mode (what `npm start` runs, without the server), stopped after its first build. */
export function previewBuild(root: string, output: string): Promise<void> {
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
    }, 120_000);
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
