/**
 * Builds the real site once, into a temporary folder, for every test file to read; on the test clock
 * (`SITE_TODAY=testToday`), so what the tests read does not change with the real date.
 */
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { buildSite, projectRoot, temporaryFolder, testToday } from "./helpers/project.ts";

let folder: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  folder = await temporaryFolder("als-site-");
  const site = `${folder}/site`;
  const result = await buildSite(projectRoot, site, ["--quiet"], { SITE_TODAY: testToday });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide("builtSite", site);
}

export async function teardown(): Promise<void> {
  if (folder) await rm(folder, { recursive: true, force: true });
}
