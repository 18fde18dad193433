import { describe, expect, it } from "vitest";
import {
  glossaryLinksAt,
  isUnlistedPage,
  matchesKindUrl,
  pageKindOf,
  pageKindSchema,
  pageKinds,
  pageSettings,
  pageUrl,
  postUrl,
  searchFilters,
  searchTypes,
  unlistedPages,
  type PageKind,
  type PageKindName,
} from "../../../src/model/pageKinds.ts";

const kindNames = Object.keys(pageKinds) as PageKindName[];

describe("page kinds registry", () => {
  it("has every kind the site builds, each a valid entry", () => {
    expect(kindNames).toEqual(expect.arrayContaining(["post", "drug", "program", "glossary", "list", "tag", "page"]));
    for (const kind of kindNames) expect(pageKindSchema.safeParse(pageKinds[kind]).success, kind).toBe(true);
  });

  it("rejects an entry with a sitemap priority above 1 or an address without a leading slash", () => {
    expect(pageKindSchema.safeParse({ ...pageKinds.drug, sitemap: { priority: 2 } }).success).toBe(false);
    expect(pageKindSchema.safeParse({ ...pageKinds.drug, url: "drugs/:slug/" }).success).toBe(false);
  });

  it("builds addresses from a kind and a slug", () => {
    expect(pageUrl("drug", "tofersen")).toBe("/drugs/tofersen/");
    expect(pageUrl("program", "als-focus")).toBe("/programs/als-focus/");
    expect(pageUrl("tag", "year-in-review")).toBe("/tags/year-in-review/");
    expect(pageUrl("list", "posts")).toBe("/posts/");
    expect(pageUrl("page", "about")).toBe("/about/");
    expect(pageUrl("glossary")).toBe("/glossary/");
  });

  it("gives a post the address of its file name, made into a slug", () => {
    expect(postUrl("My Post")).toBe("/posts/my-post/");
    expect(postUrl("tofersen-real-world-results")).toBe("/posts/tofersen-real-world-results/");
  });

  it("matches an address against a kind's pattern, one path segment for the slug", () => {
    expect(matchesKindUrl("post", "/posts/a-post/")).toBe(true);
    expect(matchesKindUrl("post", "/posts/")).toBe(false);
    expect(matchesKindUrl("post", "/posts/page/2/")).toBe(false);
    expect(matchesKindUrl("drug", "/posts/a-post/")).toBe(false);
    expect(matchesKindUrl("glossary", "/glossary/")).toBe(true);
    expect(matchesKindUrl("glossary", "/glossary/x/")).toBe(false);
  });

  it("links glossary terms on one post, drug or program, never on lists or other pages", () => {
    for (const url of ["/posts/a-post/", "/drugs/tofersen/", "/programs/als-focus/"]) expect(glossaryLinksAt(url), url).toBe(true);
    for (const url of ["/", "/posts/", "/posts/page/2/", "/drugs/", "/glossary/", "/tags/tofersen/", "/about/"]) expect(glossaryLinksAt(url), url).toBe(false);
  });

  it("applies a page's override on top of its kind", () => {
    expect(pageSettings("page", "/about/")).toEqual({
      section: "About this site",
      search: { type: "page", label: "Other pages" },
      sitemap: { priority: 0.5 },
      precache: 30,
      glossaryLinks: false,
    });
    expect(pageSettings("page", "/offline/")).toMatchObject({ section: "About this site", search: false, sitemap: false, precache: 0 });
    expect(pageSettings("list", "/drugs/")).toMatchObject({ section: "Treatments", precache: 20 });
    expect(pageSettings("list", "/posts/page/2/")).toMatchObject({ section: "News", search: false, precache: 30 });
    expect(pageSettings("page", "/offline/")).not.toHaveProperty("why");
  });

  it("writes the kind's search type first, then the page's own filters; none for pages left out of search", () => {
    expect(searchFilters("drug", "/drugs/tofersen/", { status: "approved" })).toEqual({ type: "drug", status: "approved" });
    expect(Object.keys(searchFilters("drug", "/drugs/tofersen/", { status: "approved" }) as object)).toEqual(["type", "status"]);
    expect(searchFilters("glossary", "/glossary/")).toEqual({ type: "page" });
    expect(searchFilters("tag", "/tags/tofersen/")).toBe(false);
    expect(searchFilters("page", "/search/")).toBe(false);
  });

  it("offers each search type once, with one label, in the registry's order", () => {
    const types = searchTypes();
    expect(types.map((choice) => choice.type)).toEqual(["drug", "program", "post", "page"]);
    expect(types.find((choice) => choice.type === "page")?.label).toBe("Other pages");
    // Every kind or page using a type agrees on its label.
    const settings: Array<{ search?: unknown }> = Object.values(pageKinds as Record<string, PageKind>).flatMap((kind) => [
      kind,
      ...Object.values(kind.overrides ?? {}),
    ]);
    for (const { search } of settings) if (search) expect(types).toContainEqual(search);
  });

  it("keeps the offline fallback and the 404 page out of the sitemap; only the fallback is saved for offline reading", () => {
    expect(unlistedPages.map((page) => [page.url, page.savedForOffline])).toEqual([
      ["/offline/", true],
      ["/404.html", false],
    ]);
    for (const page of unlistedPages) expect(page.reason.length, page.url).toBeGreaterThan(0);
    expect(isUnlistedPage("/offline/")).toBe(true);
    expect(isUnlistedPage("/about/")).toBe(false);
  });

  it("names a page's kind, or says which address has an unknown one", () => {
    expect(pageKindOf("drug", "/drugs/x/")).toBe("drug");
    expect(() => pageKindOf(undefined, "/somewhere/")).toThrow(/^\/somewhere\/: pageKind undefined is not one of drug, program, post/);
    expect(() => pageKindOf("toString", "/x/")).toThrow(/is not one of/);
  });
});
