/** The preview's rebuild of a saved post: which other posts' pages show it (previous/next links, translations). */
import { describe, expect, it } from "vitest";
import { postsShowing, type OrderedPost, type PostLists } from "../../../../src/_config/plugins/previewNeighbours.ts";

const post = (slug: string, date: string, title = slug): OrderedPost => ({
  inputPath: `./src/posts/en/${slug}.md`,
  fileSlug: slug,
  date: new Date(date),
  data: { title },
});
const en = (slug: string) => `src/posts/en/${slug}.md`;
const es = (slug: string) => `src/posts/es/${slug}.md`;

/** a, b, c, d, e, oldest first; b and d have Spanish translations. */
const lists: PostLists = {
  english: [post("a", "2026-01-01"), post("b", "2026-02-01"), post("c", "2026-03-01"), post("d", "2026-04-01"), post("e", "2026-05-01")],
  translations: {
    es: new Map([
      ["b", `./${es("b")}`],
      ["d", `./${es("d")}`],
    ]),
  },
};
const showing = (saved: Parameters<typeof postsShowing>[1]) => [...postsShowing(lists, saved)].sort();

describe("posts that show a saved post", () => {
  it("are its previous and next posts when its title changes but not its place", () => {
    expect(showing({ inputPath: `./${en("c")}`, date: new Date("2026-03-01"), title: "c, renamed" })).toEqual([en("b"), en("d")]);
  });

  it("are its neighbours from the last build when its front matter cannot be read", () => {
    expect(showing({ inputPath: en("a") })).toEqual([en("b")]);
  });

  it("include its old and its new neighbours when its date moves it", () => {
    expect(showing({ inputPath: en("a"), date: new Date("2026-04-15"), title: "a" })).toEqual([en("b"), en("d"), en("e")]);
  });

  it("include the newest post when a new, newer post is added", () => {
    expect(showing({ inputPath: en("f"), date: new Date("2026-06-01"), title: "f" })).toEqual([en("e")]);
  });

  it("include its translation, and the translation's neighbours only when its place among them changes", () => {
    expect(showing({ inputPath: en("b"), date: new Date("2026-02-01"), title: "b, renamed" })).toEqual([en("a"), en("c"), es("b")]);
    // b moves after d: the Spanish list goes from (b, d) to (d, b), so d's page links to b anew.
    expect(showing({ inputPath: en("b"), date: new Date("2026-04-15"), title: "b" })).toEqual([en("a"), en("c"), en("d"), en("e"), es("b"), es("d")]);
  });

  it("for a translation, are its original and its neighbours in its own language", () => {
    expect(showing({ inputPath: es("d") })).toEqual([en("d"), es("b")]);
    // A new translation is listed in its original's place.
    expect(showing({ inputPath: es("c") })).toEqual([en("c"), es("b"), es("d")]);
  });
});
