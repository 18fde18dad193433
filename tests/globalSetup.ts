/**
 * Makes the builds every test file shares (tests/helpers/sharedBuilds.ts), in temporary folders, on the
 * test clock (`SITE_TODAY=testToday`), so what the tests read does not change with the real date.
 */
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { copyProject, buildSite, temporaryFolder, testToday } from "./helpers/project.ts";
import { draftPost, editedDrug, previewBuild, type SharedBuilds } from "./helpers/sharedBuilds.ts";

const cleanups: Array<() => Promise<void>> = [];

async function production(root: string, output: string): Promise<void> {
  const result = await buildSite(root, output, ["--quiet"], { SITE_TODAY: testToday });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
}

export async function setup(project: TestProject): Promise<void> {
  const folder = await temporaryFolder("als-site-");
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  const withDraft = await copyProject();
  const edited = await copyProject();
  cleanups.push(withDraft.remove, edited.remove);
  await withDraft.write(draftPost.file, draftPost.text);
  await edited.write(editedDrug.file, await editedDrug.text(edited.root));

  const builds: SharedBuilds = { production: `${folder}/site`, preview: `${folder}/preview`, editedDrug: `${folder}/edited` };
  await Promise.all([production(withDraft.root, builds.production), previewBuild(withDraft.root, builds.preview), production(edited.root, builds.editedDrug)]);
  project.provide("sharedBuilds", builds);
}

export async function teardown(): Promise<void> {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
}
