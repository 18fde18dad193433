/** Eleventy writes each template's pages before it lays out more than a few others. */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagesInTurnPlugin, templatesAtOnce } from "../../../../src/_config/plugins/pagesInTurn.ts";
import type { EleventyConfig } from "../../../../src/model/eleventy.ts";

const pageCount = 20;

describe("pages in turn", () => {
  let root: string;
  /** For each page as it is transformed: how many pages have been laid out and transformed but not yet written. */
  const heldAtOnce: number[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "als-pages-in-turn-"));
    await mkdir(join(root, "src/_includes"), { recursive: true });
    // A Liquid layout renders asynchronously, as every page's layout does in the site.
    await writeFile(join(root, "src/_includes/page.liquid"), "<main>{{ content }}</main>\n");
    for (let index = 0; index < pageCount; index++) {
      await writeFile(join(root, `src/page-${index}.md`), `---\nlayout: page.liquid\n---\nPage ${index}\n`);
    }
    await writeFile(join(root, "eleventy.config.mjs"), "export default function () {}\n");

    const output = join(root, "out");
    const written = () =>
      Array.from({ length: pageCount }, (_, index) => join(output, `page-${index}`, "index.html")).filter((file) => existsSync(file)).length;
    let transformed = 0;
    const eleventy = new Eleventy(join(root, "src"), output, {
      configPath: join(root, "eleventy.config.mjs"),
      quietMode: true,
      config: (eleventyConfig: EleventyConfig) => {
        eleventyConfig.addPlugin(pagesInTurnPlugin);
        eleventyConfig.addTransform("count-held-pages", (content: string) => {
          transformed++;
          heldAtOnce.push(transformed - written());
          return content;
        });
      },
    });
    await eleventy.write();
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("holds at most a few laid-out pages at once (without it, Eleventy lays out all 20 before writing one)", () => {
    expect(heldAtOnce).toHaveLength(pageCount);
    expect(Math.max(...heldAtOnce)).toBeLessThanOrEqual(templatesAtOnce);
  });

  it("still writes every page, laid out", async () => {
    for (let index = 0; index < pageCount; index++) {
      expect(await readFile(join(root, "out", `page-${index}`, "index.html"), "utf8")).toBe(`<main><p>Page ${index}</p>\n</main>\n`);
    }
  });
});
