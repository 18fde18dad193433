/** The preview's quick update of a saved post: which pages show it, and which saves it leaves to Eleventy. */
import { describe, expect, it } from "vitest";
import { needsCollections, postSlugsMentioned, type ListedPost } from "../../../../src/_config/plugins/quickPostUpdate.ts";

describe("the posts a page mentions", () => {
  it("are found in links, feeds and the sitemap, in either language and under a path prefix", () => {
    const page = [
      `<a href="/posts/first-post/" rel="prev">First</a>`,
      `<a href="/als-resources/es/posts/second-post/">Segundo</a>`,
      `<link href="https://example.org/posts/third-post/"/>`,
      `{"url":"https://example.org/posts/fourth-post/"}`,
      `<loc>https://example.org/posts/fifth-post/</loc>`,
    ].join("\n");
    expect([...postSlugsMentioned(page)].sort()).toEqual(["fifth-post", "first-post", "fourth-post", "second-post", "third-post"]);
  });

  it("do not include the list of posts itself, nor other sections", () => {
    expect([...postSlugsMentioned(`<a href="/posts/">All posts</a> <a href="/drugs/tofersen/">Tofersen</a>`)]).toEqual([]);
  });
});

const listed = (slug: string, date: string, title: string, extra: Record<string, unknown> = {}): ListedPost => ({
  inputPath: `./src/posts/en/${slug}.md`,
  date: new Date(date),
  data: { title, date, tags: ["research"], ...extra },
});
/** Three posts, oldest first; b and c share a day, so they are ordered by title. */
const posts = [listed("a", "2026-01-01", "Alpha"), listed("b", "2026-02-01", "Bravo"), listed("c", "2026-02-01", "Delta")];
const saved = posts[1]!;
const frontMatter = (changes: Record<string, unknown>) => ({ title: "Bravo", date: "2026-02-01", summary: "S.", tags: ["research"], ...changes });

describe("a saved post the quick update takes", () => {
  it("is one whose title, summary or text changed and whose place did not", () => {
    expect(needsCollections(saved, frontMatter({ title: "Charlie", summary: "New summary." }), posts)).toBeUndefined();
  });

  it("is not one whose new title moves it past a post of the same day", () => {
    expect(needsCollections(saved, frontMatter({ title: "Echo" }), posts)).toBe("its new title moves it in the order");
  });

  it("is not one whose date, topics or draft state changed", () => {
    expect(needsCollections(saved, frontMatter({ date: "2026-02-02" }), posts)).toBe("its date changed");
    expect(needsCollections(saved, frontMatter({ tags: ["research", "care"] }), posts)).toBe("its topics changed");
    expect(needsCollections(saved, frontMatter({ draft: true }), posts)).toBe("its draft state changed");
  });

  it("is not one missing from the posts collection", () => {
    expect(needsCollections(listed("d", "2026-03-01", "Foxtrot"), frontMatter({ title: "Foxtrot", date: "2026-03-01" }), posts)).toBe(
      "it is not in the posts collection",
    );
  });
});
