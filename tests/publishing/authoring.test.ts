/**
 * Authoring tools: `npm run check` prints every problem at once (file, field, fix) and exits 1;
 * `npm run new` writes a correctly filled file with today's date, never overwrites one, and never lets
 * a placeholder ("TODO") reach readers.
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentBodyChecks } from "../../src/model/checks/bodyChecks.ts";
import { checkContent } from "../../src/model/checks/checkContent.ts";
import { parsePost } from "../../src/model/checks/frontMatter.ts";
import { postFrontMatterSchema } from "../../src/model/schemas/post.ts";
import { buildSite, copyProject, runScript } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

describe("npm run check", () => {
  let project: Project;
  beforeAll(async () => {
    project = await copyProject();
  });
  afterAll(() => project.remove());

  it("says all is fine on the real content (exit 0)", async () => {
    const result = await runScript(project.root, "scripts/check.ts");
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/All content is fine: \d+ posts, \d+ drugs, \d+ programs\./);
  });

  it("prints every problem in every file at once, with file, field and what was expected, and exits 1", async () => {
    await project.write(
      "src/posts/en/bad-date.md",
      '---\ntitle: "Bad date"\ndate: "2024-13-40"\nsummary: "A summary."\n---\n\nText with <iframe src="https://example.com/"></iframe>.\n',
    );
    const tofersen = await readFile(path.join(project.root, "_data/drugs/tofersen.ts"), "utf8");
    await project.write("_data/drugs/tofersen.ts", tofersen.replace('status: "approved"', 'status: "maybe"'));
    const result = await runScript(project.root, "scripts/check.ts");
    expect(result.code).toBe(1);
    expect(result.output).toContain("3 problems in 2 files:");
    expect(result.output).toContain('src/posts/en/bad-date.md: date: "2024-13-40" is not a date (expected YYYY-MM-DD)');
    expect(result.output).toMatch(/src\/posts\/en\/bad-date\.md: body: <iframe> is not allowed: .*\(expected /);
    expect(result.output).toContain(
      '_data/drugs/tofersen.ts: status: "maybe" is not a known status (expected one of approved, withdrawn, in-development, stopped)',
    );
    expect(result.output).toContain("CONTRIBUTING.md");
    // It builds nothing.
    expect(existsSync(path.join(project.root, "_site"))).toBe(false);
    await rm(path.join(project.root, "src/posts/en/bad-date.md"));
    await project.write("_data/drugs/tofersen.ts", tofersen);
  });
});

describe("npm run new", () => {
  let project: Project;
  const today = DateTime.now().toISODate();
  beforeAll(async () => {
    project = await copyProject();
  });
  afterAll(() => project.remove());

  it("post: writes a draft with today's date that passes the check, and prints its path", async () => {
    const result = await runScript(project.root, "scripts/new.ts", ["post", "Breathing support: what's new?"]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toContain("Wrote src/posts/en/breathing-support-what-s-new.md");
    const text = await readFile(path.join(project.root, "src/posts/en/breathing-support-what-s-new.md"), "utf8");
    const { data } = parsePost(text);
    expect(postFrontMatterSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ title: "Breathing support: what's new?", date: today, draft: true });
    const check = await runScript(project.root, "scripts/check.ts");
    expect(check.code, check.output).toBe(0);
  });

  it("refuses to overwrite an existing file", async () => {
    const file = path.join(project.root, "src/posts/en/breathing-support-what-s-new.md");
    await project.write("src/posts/en/breathing-support-what-s-new.md", "my own words");
    const result = await runScript(project.root, "scripts/new.ts", ["post", "Breathing support: what's new?"]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("src/posts/en/breathing-support-what-s-new.md already exists; nothing was written");
    expect(await readFile(file, "utf8")).toBe("my own words");
    await rm(file);
  });

  it("explains its usage when the kind or title is missing", async () => {
    const result = await runScript(project.root, "scripts/new.ts", ["recipe", "Soup"]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Usage: npm run new -- post "Title"');
  });

  it("a post published with its TODO placeholders still in it fails the check, naming each field", async () => {
    await runScript(project.root, "scripts/new.ts", ["post", "Unfinished"]);
    const file = path.join(project.root, "src/posts/en/unfinished.md");
    await project.write("src/posts/en/unfinished.md", (await readFile(file, "utf8")).replace("draft: true", "draft: false"));
    const check = await runScript(project.root, "scripts/check.ts");
    expect(check.code).toBe(1);
    expect(check.output).toContain('src/posts/en/unfinished.md: summary: still says "TODO: one or two sentences');
    expect(check.output).toContain('src/posts/en/unfinished.md: body: still says "TODO: write the post here');
    await rm(file);
  });

  it("drug and program: valid files with every fact left as TODO; the check and the build refuse them until filled in", async () => {
    const drug = await runScript(project.root, "scripts/new.ts", ["drug", "Masitinib"]);
    expect(drug.code, drug.output).toBe(0);
    expect(drug.stdout).toContain("Wrote _data/drugs/masitinib.ts");
    const program = await runScript(project.root, "scripts/new.ts", ["program", "Care Line"]);
    expect(program.stdout).toContain("Wrote _data/programs/care-line.ts");

    const drugText = await readFile(path.join(project.root, "_data/drugs/masitinib.ts"), "utf8");
    expect(drugText).toContain('genericName: "Masitinib"');
    expect(drugText).toContain(`lastReviewed: "${today}"`);

    // The preview (npm start) accepts the placeholders, so a half-written page can be looked at: the
    // files match the schemas and are otherwise fine.
    const preview = await checkContent(project.root, contentBodyChecks, { allowTodos: true });
    expect(preview.problems).toEqual([]);
    expect(preview.drugs.map((found) => found.slug)).toContain("masitinib");

    // npm run check names every placeholder, by field.
    const check = await runScript(project.root, "scripts/check.ts");
    expect(check.code).toBe(1);
    for (const field of ["summary", "trialPhase", "whoItIsFor", "howItWorks", "evidence", "questions.0", "sources.whoItIsFor.0", "sources.evidence.0"]) {
      expect(check.output).toContain(`_data/drugs/masitinib.ts: ${field}: still says "TODO: `);
    }
    expect(check.output).toMatch(/_data\/drugs\/masitinib\.ts: statusAsOf: line \d+ still has the note "\/\/ TODO: /);
    expect(check.output).toMatch(/_data\/drugs\/masitinib\.ts: status: line \d+ still has the note "\/\/ TODO: /);
    expect(check.output).toContain('_data/programs/care-line.ts: runBy: still says "TODO: who runs it"');

    // And the build stops before anything is published.
    const build = await buildSite(project.root, path.join(project.root, "out"), ["--quiet"]);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('_data/drugs/masitinib.ts: summary: still says "TODO: ');
    expect(existsSync(path.join(project.root, "out"))).toBe(false);
  });
});
