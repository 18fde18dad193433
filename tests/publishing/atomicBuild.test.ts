/**
 * A failed build never publishes a broken or half-built site: the previous output folder stays
 * byte-for-byte as it was, no staging folder is left behind, and the error says which step failed.
 * The "previous site" is a copy of the shared production build, so only the builds under test run here.
 */
import { createHash } from "node:crypto";
import { cp, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSitePath } from "../helpers/builtSite.ts";
import { buildSite, copyProject } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

/** Every file under `folder` with a hash of its bytes (and the empty folders, so nothing goes unnoticed). */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, full);
    result[relative] = entry.isFile()
      ? createHash("sha256")
          .update(await readFile(full))
          .digest("hex")
      : entry.isDirectory()
        ? "(folder)"
        : "(other)";
  }
  return result;
}

async function leftovers(project: Project): Promise<string[]> {
  return (await readdir(project.root)).filter((name) => name.startsWith(".site-build-"));
}

describe("atomic builds", () => {
  let project: Project;
  let output: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    project = await copyProject();
    output = path.join(project.root, "published");
    await cp(builtSitePath(), output, { recursive: true });
    before = await snapshot(output);
  });
  afterAll(() => project.remove());

  it("the previous site is in the output folder", () => {
    expect(Object.keys(before)).toContain("index.html");
    expect(Object.keys(before).length).toBeGreaterThan(30);
  });

  it("a post with broken front matter: the content check fails, the previous site is unchanged", async () => {
    await project.write("src/posts/en/broken.md", '---\ntitle: "Broken\ndate: 2024-01-01\n---\n\nText.\n');
    try {
      const result = await buildSite(project.root, output, ["--quiet"]);
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('Build failed at "Check content". Nothing was published; the previous site is unchanged.');
      expect(result.output).toMatch(/src\/posts\/en\/broken\.md: front matter: is not valid YAML/);
      expect(await snapshot(output)).toEqual(before);
      expect(await leftovers(project)).toEqual([]);
    } finally {
      await rm(path.join(project.root, "src/posts/en/broken.md"));
    }
  });

  it("a template that throws while Eleventy writes pages (after the staging folder is filled): the previous site is unchanged", async () => {
    await project.write(
      "src/pages/explodes.11ty.ts",
      'export const data = { permalink: "/explodes/" };\nexport default function render(): string {\n  throw new Error("This template is broken on purpose");\n}\n',
    );
    try {
      const result = await buildSite(project.root, output, ["--quiet"]);
      expect(result.code).not.toBe(0);
      expect(result.output).toMatch(/Build failed at "Eleventy[^"]*"\. Nothing was published; the previous site is unchanged\./);
      expect(result.output).toContain("This template is broken on purpose");
      expect(await snapshot(output)).toEqual(before);
      expect(await leftovers(project)).toEqual([]);
    } finally {
      await rm(path.join(project.root, "src/pages/explodes.11ty.ts"));
    }
  });

  it("once the mistakes are fixed, the next build replaces the site", async () => {
    await project.write("src/posts/en/new-post.md", '---\ntitle: "A new post"\ndate: "2024-02-02"\nsummary: "New."\n---\n\nNew text.\n\nSources: none\n');
    const result = await buildSite(project.root, output, ["--quiet"]);
    expect(result.code, result.output).toBe(0);
    const after = await snapshot(output);
    expect(after).toHaveProperty(["posts/new-post/index.html"]);
    expect(await leftovers(project)).toEqual([]);
  });
});
