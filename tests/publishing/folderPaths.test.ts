/**
 * The scripts work from any folder: in a copy of the project whose path has a space and a non-ASCII
 * letter ("My Sites/als-resources-ñ"), `npm run build`, `npm run check` and `npm run new` each really do
 * their work (a script that did not recognise itself as the entry point would do nothing and exit 0).
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runNpm } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

describe("a project folder whose path has a space and an ñ", () => {
  let project: Project;
  beforeAll(async () => {
    project = await copyProject("My Sites/als-resources-ñ");
  });
  afterAll(() => project.remove());

  it("is the folder the scripts run in", () => {
    expect(project.root).toContain(" ");
    expect(project.root).toContain("ñ");
  });

  it("npm run build writes the site", async () => {
    const result = await runNpm(project.root, "build", ["--output", "out"]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Build finished.");
    expect(existsSync(path.join(project.root, "out/index.html"))).toBe(true);
    expect(existsSync(path.join(project.root, "out/sw.js"))).toBe(true);
  });

  it("npm run check prints its summary, and fails on a broken post", async () => {
    const fine = await runNpm(project.root, "check");
    expect(fine.code, fine.output).toBe(0);
    expect(fine.output).toMatch(/All content is fine: \d+ posts, \d+ drugs, \d+ programs\./);

    await project.write("src/posts/en/broken.md", '---\ntitle: "Broken"\ndate: "2024-13-40"\nsummary: "A summary."\n---\n\nText.\n');
    const broken = await runNpm(project.root, "check");
    await rm(path.join(project.root, "src/posts/en/broken.md"));
    expect(broken.code, broken.output).toBe(1);
    expect(broken.output).toContain("1 problem in 1 file:");
    expect(broken.output).toContain('src/posts/en/broken.md: date: "2024-13-40" is not a date (expected YYYY-MM-DD)');
  });

  it("npm run new writes the new post", async () => {
    const result = await runNpm(project.root, "new", ["post", "A folder test"]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Wrote src/posts/en/a-folder-test.md");
    expect(await readFile(path.join(project.root, "src/posts/en/a-folder-test.md"), "utf8")).toContain('title: "A folder test"');
  });
});
