/**
 * A maintainer's mistake stops the build, with one line naming the file and the field, and
 * publishes nothing. Each case copies the project, breaks one file and runs the real build.
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyProject } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

const goodPost = (frontMatter: string) => `---\n${frontMatter}\n---\n\nSome text.\n\nSources: none\n`;

describe("bad content fails the build and names the file and field", () => {
  let project: Project;
  let pristine: Record<string, string>;

  beforeAll(async () => {
    project = await copyProject();
    pristine = {
      tofersen: await readFile(path.join(project.root, "_data/drugs/tofersen.ts"), "utf8"),
    };
  });
  afterAll(() => project.remove());

  async function buildWith(file: string, text: string): Promise<{ code: number; output: string; published: boolean }> {
    await project.write(file, text);
    const output = path.join(project.root, "out");
    try {
      const result = await buildSite(project.root, output, ["--quiet"]);
      return { code: result.code, output: result.output, published: existsSync(output) };
    } finally {
      // Put the project back the way it was for the next case.
      if (file === "_data/drugs/tofersen.ts") await project.write(file, pristine.tofersen!);
      else await rm(path.join(project.root, file));
    }
  }

  it("malformed YAML front matter", async () => {
    const result = await buildWith("src/posts/bad-yaml.md", goodPost('title: "Unclosed\ndate: "2024-01-01"\nsummary: x'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/src\/posts\/bad-yaml\.md: front matter: is not valid YAML at line \d+/);
    expect(result.published).toBe(false);
  });

  it("a missing title", async () => {
    const result = await buildWith("src/posts/bad-title.md", goodPost('date: "2024-01-01"\nsummary: "A summary."'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/src\/posts\/bad-title\.md: title: is missing \(expected a title/);
  });

  it("an impossible date", async () => {
    const result = await buildWith("src/posts/bad-date.md", goodPost('title: "T"\ndate: 2024-13-40\nsummary: "A summary."'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('src/posts/bad-date.md: date: "2024-13-40" is not a date (expected YYYY-MM-DD)');
  });

  it("an unknown front-matter key", async () => {
    const result = await buildWith("src/posts/bad-key.md", goodPost('title: "T"\ndate: "2024-01-01"\nsummary: "A summary."\nauthor: "Sam"'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /src\/posts\/bad-key\.md: author: "author" is not a known field .*expected only: title, date, summary, tags, basedOn, changes, draft/,
    );
  });

  it("a drug with no sources", async () => {
    const broken = pristine.tofersen!.replace(/sources: \{[\s\S]*?\n {2}\},\n/, "sources: {},\n");
    expect(broken).not.toBe(pristine.tofersen);
    const result = await buildWith("_data/drugs/tofersen.ts", broken);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/_data\/drugs\/tofersen\.ts: sources\.whoItIsFor: cites nothing \(expected the ids of the sources "Who it is for" rests on/);
  });

  it("a drug with an unknown status", async () => {
    const broken = pristine.tofersen!.replace(/status: "approved"/, 'status: "maybe"');
    expect(broken).not.toBe(pristine.tofersen);
    const result = await buildWith("_data/drugs/tofersen.ts", broken);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      '_data/drugs/tofersen.ts: status: "maybe" is not a known status (expected one of approved, withdrawn, in-development, stopped)',
    );
  });

  it("two posts with the same URL", async () => {
    const result = await buildWith("src/posts/2023 In Review.md", goodPost('title: "Copy"\ndate: "2024-01-01"\nsummary: "A copy."'));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /src\/posts\/2023[- ]in[- ]review\.md: url: "\/posts\/2023-in-review\/" is also the address of src\/posts\/2023[- ]in[- ]review\.md/i,
    );
  });
});
