/**
 * A maintainer's mistake stops the build, with one line naming the file and the field, and
 * publishes nothing. The real build runs once, on a copy of the project with every mistake below in it.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyProject } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

const goodPost = (frontMatter: string) => `---\n${frontMatter}\n---\n\nSome text.\n\nSources: none\n`;

/** Each mistake a maintainer might make, in its own file; the build must name every one at once. */
const mistakes = {
  malformedYaml: { file: "src/posts/en/bad-yaml.md", text: goodPost('title: "Unclosed\ndate: "2024-01-01"\nsummary: x') },
  missingTitle: { file: "src/posts/en/bad-title.md", text: goodPost('date: "2024-01-01"\nsummary: "A summary."') },
  impossibleDate: { file: "src/posts/en/bad-date.md", text: goodPost('title: "T"\ndate: 2024-13-40\nsummary: "A summary."') },
  unknownKey: { file: "src/posts/en/bad-key.md", text: goodPost('title: "T"\ndate: "2024-01-01"\nsummary: "A summary."\nauthor: "Sam"') },
  sameUrl: { file: "src/posts/en/2023 In Review.md", text: goodPost('title: "Copy"\ndate: "2024-01-01"\nsummary: "A copy."') },
};

describe("bad content fails the build and names the file and field", () => {
  let project: Project;
  let result: { code: number; output: string };
  let published: boolean;

  // One copy of the project with every mistake below in it, and one build: the content check lists every
  // problem in every file at once, so each case looks for its own line in the same output.
  beforeAll(async () => {
    project = await copyProject();
    for (const { file, text } of Object.values(mistakes)) await project.write(file, text);
    const tofersen = await readFile(path.join(project.root, "_data/drugs/tofersen.ts"), "utf8");
    const noSources = tofersen.replace(/sources: \{[\s\S]*?\n {2}\},\n/, "sources: {},\n");
    expect(noSources).not.toBe(tofersen);
    await project.write("_data/drugs/tofersen.ts", noSources);
    const riluzole = await readFile(path.join(project.root, "_data/drugs/riluzole.ts"), "utf8");
    const unknownStatus = riluzole.replace(/status: "approved"/, 'status: "maybe"');
    expect(unknownStatus).not.toBe(riluzole);
    await project.write("_data/drugs/riluzole.ts", unknownStatus);

    const output = path.join(project.root, "out");
    result = await buildSite(project.root, output, ["--quiet"]);
    published = existsSync(output);
  });
  afterAll(() => project.remove());

  it("stops the build and publishes nothing", () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build failed at "Check content". Nothing was published; the previous site is unchanged.');
    expect(published).toBe(false);
  });

  it("malformed YAML front matter", () => {
    expect(result.output).toMatch(/src\/posts\/en\/bad-yaml\.md: front matter: is not valid YAML at line \d+/);
  });

  it("a missing title", () => {
    expect(result.output).toMatch(/src\/posts\/en\/bad-title\.md: title: is missing \(expected a title/);
  });

  it("an impossible date", () => {
    expect(result.output).toContain('src/posts/en/bad-date.md: date: "2024-13-40" is not a date (expected YYYY-MM-DD)');
  });

  it("an unknown front-matter key", () => {
    expect(result.output).toMatch(
      /src\/posts\/en\/bad-key\.md: author: "author" is not a known field .*expected only: title, date, summary, tags, basedOn, changes, draft/,
    );
  });

  it("a drug with no sources", () => {
    expect(result.output).toMatch(/_data\/drugs\/tofersen\.ts: sources\.whoItIsFor: cites nothing \(expected the ids of the sources "Who it is for" rests on/);
  });

  it("a drug with an unknown status", () => {
    expect(result.output).toContain(
      '_data/drugs/riluzole.ts: status: "maybe" is not a known status (expected one of approved, withdrawn, in-development, stopped)',
    );
  });

  it("two posts with the same URL", () => {
    expect(result.output).toMatch(
      /src\/posts\/en\/2023[- ]in[- ]review\.md: url: "\/posts\/2023-in-review\/" is also the address of src\/posts\/en\/2023[- ]in[- ]review\.md/i,
    );
  });
});
