/**
 * GitHub Pages serves a project site under a sub-path (https://owner.github.io/als-resources/). Built
 * with PATH_PREFIX and SITE_URL as the deploy workflow sets them, every internal address must start
 * with the prefix and resolve, and absolute addresses must use the site's address.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBuiltSite, formatSiteProblem } from "../../src/pipeline/siteChecks/index.ts";
import { readPage } from "../helpers/builtSite.ts";
import { buildSite, projectRoot, temporaryFolder, type RunResult } from "../helpers/project.ts";

const prefix = "/als-resources/";
const siteUrl = "https://example.github.io/als-resources";

describe("a build under the sub-path /als-resources/", () => {
  let folder: string;
  let output: string;
  let build: RunResult;

  beforeAll(async () => {
    folder = await temporaryFolder("als-subpath-");
    output = path.join(folder, "site");
    build = await buildSite(projectRoot, output, ["--quiet"], { PATH_PREFIX: prefix, SITE_URL: siteUrl });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("builds, and passes every site check with the prefix", async () => {
    expect(build.code, build.output).toBe(0);
    const problems = await checkBuiltSite(output, { pathPrefix: prefix, siteUrl });
    expect(problems.slice(0, 20).map(formatSiteProblem)).toEqual([]);
  });

  it("links once with the prefix, and uses the site's address for canonical links", async () => {
    const html = await readPage(output, "/drugs/tofersen/");
    const addresses = [...html.matchAll(/(?:href|src)="([^"#]+)"/g)].map((match) => match[1]!);
    expect(addresses).toContain(`${prefix}assets/site.css`);
    expect(addresses).toContain(`${prefix}drugs/`);
    expect(addresses).toContain(`${siteUrl}/drugs/tofersen/`);
    // Every internal address carries the prefix exactly once.
    const internal = addresses.filter((address) => address.startsWith("/"));
    expect(internal.filter((address) => !address.startsWith(prefix) || address.startsWith(`${prefix}${prefix.slice(1)}`))).toEqual([]);
  });
});
