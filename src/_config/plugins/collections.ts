/**
 * Collections:
 * - `posts`: published posts, oldest first (templates reverse it for "newest first");
 * - `tagList`: every tag in use, with its slug and posts;
 * - `tagPages`: each tag's posts, newest first, cut into pages of 25 for `/tags/<tag>/` and `/tags/<tag>/page/N/`.
 */
import { slugify } from "../../helpers/slugify.ts";
import { postsFolder } from "../../model/paths.ts";
import type { CollectionApi, EleventyConfig } from "../../model/eleventy.ts";
import type { PostItem, TagInfo, TagPage } from "../../model/pageData.ts";
import { postsPerPage } from "../../model/lists.ts";

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

export function tagPagesOf(tags: TagInfo[], perPage: number): TagPage[] {
  return tags.flatMap((tag) => {
    const newest = [...tag.posts].reverse();
    const total = Math.max(1, Math.ceil(newest.length / perPage));
    return Array.from({ length: total }, (_, index) => ({ tag, number: index + 1, total, posts: newest.slice(index * perPage, (index + 1) * perPage) }));
  });
}

export function collectionsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addCollection("posts", (api) => postsOf(api));
  eleventyConfig.addCollection("tagList", (api) => tagListOf(postsOf(api)));
  eleventyConfig.addCollection("tagPages", (api) => tagPagesOf(tagListOf(postsOf(api)), postsPerPage));
}
