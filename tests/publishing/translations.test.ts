/** A maintainer's translation workflow: start one, see it listed, see it fall behind, mark it current. */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, runNpm } from "../helpers/project.ts";

describe("translations for maintainers", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  beforeAll(async () => {
    project = await copyProject();
    await rm(path.join(project.root, "src/posts/es/roundtable-program.md"));
  });
  afterAll(async () => {
    await project?.remove();
  });

  it("lists a missing translation, and npm run new starts it as a draft with the English to translate", async () => {
    expect((await runNpm(project.root, "translation-status")).stdout).toMatch(
      /es {2}missing {3}src\/posts\/es\/roundtable-program\.md {2}\(from src\/posts\/en\/roundtable-program\.md\)/,
    );
    const created = await runNpm(project.root, "new", ["translation", "src/posts/en/roundtable-program.md"]);
    expect(created.code, created.output).toBe(0);
    const text = await readFile(path.join(project.root, "src/posts/es/roundtable-program.md"), "utf8");
    expect(text).toContain("translatedFrom: new");
    expect(text).toContain("draft: true");
    expect(text).toContain('title: "TODO: translate: The roundtable program');
    expect((await runNpm(project.root, "translation-status")).stdout).toMatch(/es {2}unstamped src\/posts\/es\/roundtable-program\.md/);
  });

  it("says a translation is outdated once its English prose changes, in npm run check too, until it is marked current", async () => {
    const english = "_data/programs/thinkals.ts";
    const source = await readFile(path.join(project.root, english), "utf8");
    await project.write(
      english,
      source.replace(/summary:\s*\n?\s*"/, (match) => `${match}Newly reworded. `),
    );
    expect((await runNpm(project.root, "translation-status")).stdout).toMatch(
      /es {2}outdated {2}_data\/es\/programs\/thinkals\.ts {2}\(from _data\/programs\/thinkals\.ts\)/,
    );
    expect((await runNpm(project.root, "check")).stdout).toMatch(
      /_data\/es\/programs\/thinkals\.ts: translatedFrom: is outdated: _data\/programs\/thinkals\.ts has changed/,
    );
    const marked = await runNpm(project.root, "translation-status", ["--mark-current", "_data/es/programs/thinkals.ts"]);
    expect(marked.stdout).toContain("es  marked current  _data/es/programs/thinkals.ts");
    expect((await runNpm(project.root, "translation-status")).stdout).toMatch(/es {2}current {3}_data\/es\/programs\/thinkals\.ts/);
  });

  it("stops the check on a mistake in a translation, naming the file and the field", async () => {
    const file = "_data/es/drugs/nurown.ts";
    const source = await readFile(path.join(project.root, file), "utf8");
    await project.write(file, source.replace("summary:", "sumary:"));
    const result = await runNpm(project.root, "check");
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/_data\/es\/drugs\/nurown\.ts: sumary: "sumary" is not a known field of a drug's translation/);
    await project.write(file, source);
  });

  it("refuses HTML a translation may not carry, as in English texts", async () => {
    const file = "_data/es/drugs/nurown.ts";
    const source = await readFile(path.join(project.root, file), "utf8");
    await project.write(
      file,
      source.replace(/summary:\s*\n?\s*"/, (match) => `${match}<script>alert(1)</script> `),
    );
    const result = await runNpm(project.root, "check");
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/_data\/es\/drugs\/nurown\.ts: summary: <script> is not allowed/);
    await project.write(file, source);
  });
});
