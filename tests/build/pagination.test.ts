/** Long lists are split into pages of 25, so every page stays small however many posts there are. */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBudgets, defaultBudgets } from "../../src/pipeline/budgets.ts";
import { readPage } from "../helpers/builtSite.ts";
import { buildSite, copyProject } from "../helpers/project.ts";

describe("pagination of post lists", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let site: string;

  beforeAll(async () => {
    project = await copyProject();
    for (let index = 1; index <= 60; index++) {
      const day = String((index % 28) + 1).padStart(2, "0");
      await project.write(
        `src/posts/en/extra-${index}.md`,
        `---\ntitle: "Extra post ${index}"\ndate: "2022-${String((index % 12) + 1).padStart(2, "0")}-${day}"\nsummary: "Post ${index} for the pagination test."\ntags: [extra]\n---\n\nText of post ${index}.\n\nSources: none\n`,
      );
    }
    site = path.join(project.root, "out");
    const result = await buildSite(project.root, site, ["--quiet"]);
    expect(result.code, result.output).toBe(0);
  });
  afterAll(() => project.remove());

  it("splits /posts/ into pages of 25, newest first, linked in order", async () => {
    const first = await readPage(site, "/posts/");
    const second = await readPage(site, "/posts/page/2/");
    const third = await readPage(site, "/posts/page/3/");
    const dates = (html: string) => [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((match) => match[1]!);
    expect(dates(first)).toHaveLength(25);
    expect(dates(second)).toHaveLength(25);
    expect(dates(third)).toHaveLength(64 - 50);
    const all = [...dates(first), ...dates(second), ...dates(third)];
    expect([...all].sort().reverse()).toEqual(all);
    expect(first).toContain('href="/posts/page/2/" rel="next"');
    expect(second).toContain('href="/posts/" rel="prev"');
    expect(third).toContain("Page 3 of 3");
  });

  it("splits tag pages the same way", async () => {
    expect(await readPage(site, "/tags/extra/")).toContain('href="/tags/extra/page/2/" rel="next"');
    expect(await readPage(site, "/tags/extra/page/3/")).toContain("Page 3 of 3");
  });

  it("keeps every page within the budgets", async () => {
    // The install-download budget is for the site's own content, and budgets.test.ts checks it on the real
    // build; these 60 extra posts are there to test list pages, so every other budget applies unchanged.
    expect(await checkBudgets(site, { ...defaultBudgets, installKb: Number.POSITIVE_INFINITY })).toEqual([]);
  });
});
