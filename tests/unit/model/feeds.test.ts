import { afterEach, describe, expect, it } from "vitest";
import { absoluteLinks, feedEntries, postsWithFullText } from "../../../src/model/feeds.ts";
import type { PostItem } from "../../../src/model/pageData.ts";

const site = "https://example.org/";

function post(index: number): PostItem {
  const url = `/posts/p${index}/`;
  const date = new Date(Date.UTC(2020, 0, 1 + index));
  return { url, date, content: `<p><a href="/drugs/x/">x</a></p>`, data: { title: `P${index}`, summary: "S", date: "2020-01-01" } } as unknown as PostItem;
}

describe("feeds", () => {
  afterEach(() => {
    delete process.env.PATH_PREFIX;
  });

  it("makes the post's own links absolute, keeping the path prefix and other sites' links", () => {
    process.env.PATH_PREFIX = "/als/";
    const html = '<a href="/drugs/x/">a</a> <a href="../y/#z">b</a> <a href="https://other.example/">c</a> <a href="#top">d</a>';
    expect(absoluteLinks(html, site, "/posts/p/")).toBe(
      '<a href="https://example.org/als/drugs/x/">a</a> <a href="https://example.org/als/posts/y/#z">b</a> <a href="https://other.example/">c</a> <a href="https://example.org/als/posts/p/#top">d</a>',
    );
  });

  it("lists every post, newest first, with full text only for the newest", () => {
    const posts = Array.from({ length: postsWithFullText + 5 }, (_, index) => post(index));
    const entries = feedEntries(posts, site);
    expect(entries).toHaveLength(posts.length);
    expect(entries[0]!.title).toBe(`P${posts.length - 1}`);
    expect(entries.filter((entry) => entry.contentHtml)).toHaveLength(postsWithFullText);
    expect(entries[0]!.contentHtml).toContain('href="https://example.org/drugs/x/"');
  });
});
