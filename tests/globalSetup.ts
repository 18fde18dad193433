/** Builds the real site once, into a temporary folder, for every test file to read. */
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { buildSite, projectRoot, temporaryFolder } from "./helpers/project.ts";

let site: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  site = `${await temporaryFolder("als-site-")}/site`;
  const result = await buildSite(projectRoot, site, ["--quiet"]);
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide("builtSite", site);
}

export async function teardown(): Promise<void> {
  if (site) await rm(site, { recursive: true, force: true });
}
