/** The translation check's hash of each English post, which it keeps with the post between checks. */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTranslations, type EnglishContent } from "../../../../src/model/checks/translations.ts";
import { proseHash, proseOfPost } from "../../../../src/model/translations.ts";

type Post = EnglishContent["posts"][number];

describe("checkTranslations: the English posts' prose hashes", () => {
  // A project with no translations at all: every post's translation is missing.
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "translations-check-"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const hashes = async (posts: Post[]) => {
    const { entries } = await checkTranslations(root, { drugs: [], programs: [], posts });
    return entries.filter((entry) => entry.lang === "es").map((entry) => entry.currentHash);
  };
  const post = (title: string): Post => ({ file: "src/posts/en/a-post.md", frontMatter: { title, summary: "A summary." }, body: "Some text.\n" });

  it("are the hash of each post's prose", async () => {
    const first = post("A title");
    expect(await hashes([first])).toEqual([proseHash(proseOfPost(first.frontMatter, first.body))]);
  });

  it("follow an edit: a post read again after a change is hashed again", async () => {
    // The preview reuses the same post object while its file is unchanged, and makes a new one after a save.
    const before = post("A title");
    const kept = await hashes([before]);
    expect(await hashes([before])).toEqual(kept);
    const edited = post("A new title");
    const [hash] = await hashes([edited]);
    expect(hash).not.toBe(kept[0]);
    expect(hash).toBe(proseHash(proseOfPost(edited.frontMatter, edited.body)));
  });
});
