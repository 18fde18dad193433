/**
 * Collections:
 * - `posts`: published posts, oldest first (templates reverse it for "newest first");
 * - `tagList`: every tag in use, with its slug and posts, for `/tags/<tag>/`.
 */
import { slugify } from "../filters/slugify.ts";
import { postsFolder } from "../paths.ts";
import type { CollectionApi, EleventyConfig } from "../types/eleventy.ts";
import type { PostItem, TagInfo } from "../templates/types.ts";

export function postsOf(api: CollectionApi): PostItem[] {
  return (api.getFilteredByGlob(`./${postsFolder}/*.md`) as unknown as PostItem[]).sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.data.title.localeCompare(b.data.title),
  );
}

export function tagListOf(posts: PostItem[]): TagInfo[] {
  const byTag = new Map<string, TagInfo>();
  for (const post of posts) {
    for (const name of post.data.tags ?? []) {
      const slug = slugify(name);
      const entry = byTag.get(slug) ?? { name, slug, posts: [] };
      entry.posts.push(post);
      byTag.set(slug, entry);
    }
  }
  return [...byTag.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function collectionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addCollection("posts", (api) => postsOf(api));
  eleventyConfig.addCollection("tagList", (api) => tagListOf(postsOf(api)));
}
