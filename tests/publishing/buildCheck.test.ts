/** `npm run build -- --check` (what the deploy workflow runs) refuses to publish a site that fails a site check. */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyProject } from "../helpers/project.ts";

describe("build --check", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  beforeAll(async () => {
    project = await copyProject();
  });
  afterAll(() => project.remove());

  it("stops at the site checks, names the dead link, and publishes nothing", async () => {
    await project.write(
      "src/posts/dead-link.md",
      '---\ntitle: "Dead link"\ndate: "2024-01-01"\nsummary: "Links to a page that does not exist."\n---\n\nSee [this page](/drugs/no-such-drug/).\n\nSources: none\n',
    );
    const output = path.join(project.root, "out");
    const result = await buildSite(project.root, output, ["--check", "--quiet"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build failed at "Site checks"');
    expect(result.output).toMatch(/posts\/dead-link\/index\.html.*\/drugs\/no-such-drug\//);
    expect(existsSync(output)).toBe(false);
  });
});
