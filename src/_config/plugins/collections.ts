/**
 * Collections:
 * - `posts`: published posts, oldest first (templates reverse it for "newest first");
 * - `tagList`: every tag in use, with its slug and posts;
 * - `tagPages`: each tag's posts, newest first, cut into pages of 25 for `/tags/<tag>/` and `/tags/<tag>/page/N/`;
 * - `postsEs`, `tagListEs`, `tagPagesEs`: the same for the Spanish translations. A translated post takes its
 *   date, topics and source from its English original, and is listed only while that original is published.
 */
import { slugify } from "../../helpers/slugify.ts";
import { postsFolder, translatedPostsFolder } from "../../model/paths.ts";
import type { CollectionApi, EleventyConfig } from "../../model/eleventy.ts";
import type { PostItem, TagInfo, TagPage } from "../../model/pageData.ts";
import { postsPerPage } from "../../model/lists.ts";

/** The order of posts: oldest first, and by title on the same day (then by file, as Eleventy sorts). */
export function postOrder(
  a: { date: Date; data: { title: string }; inputPath: string },
  b: { date: Date; data: { title: string }; inputPath: string },
): number {
  return (
    a.date.getTime() - b.date.getTime() || a.data.title.localeCompare(b.data.title) || (a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0)
  );
}

/**
 * The markdown files directly in `folder`: what `api.getFilteredByGlob("./<folder>/*.md")` returns, unsorted.
 * Eleventy compiles the glob again for every item it tests, which took 0.2 s per build at 4,000 posts.
 */
function markdownIn(api: CollectionApi, folder: string): PostItem[] {
  const prefix = `./${folder}/`;
  return (api.getAll() as unknown as PostItem[]).filter(
    ({ inputPath }) => inputPath.startsWith(prefix) && inputPath.endsWith(".md") && !inputPath.includes("/", prefix.length),
  );
}

/** Each build's posts, worked out once: every collection below starts from them. */
const postsOfBuild = new WeakMap<CollectionApi, { items: number; posts: PostItem[] }>();

export function postsOf(api: CollectionApi): PostItem[] {
  // A new api object comes with each build; the item count guards against items added after a first call.
  const items = api.getAll().length;
  let cached = postsOfBuild.get(api);
  if (!cached || cached.items !== items) {
    cached = { items, posts: markdownIn(api, postsFolder).sort(postOrder) };
    postsOfBuild.set(api, cached);
  }
  // A copy: Eleventy and the templates get their own array, as from getFilteredByGlob.
  return [...cached.posts];
}

/** A translation's data as its lists show it: its own texts, with its original's date, topics and source. */
export function translatedPostData(original: PostItem, translation: PostItem): PostItem["data"] {
  return { ...original.data, ...translation.data, tags: original.data.tags, basedOn: original.data.basedOn, page: translation.data.page };
}

/**
 * The translated posts of `lang`, in the order of their originals, each seen through its original: the
 * translation's address, title, summary, changes and text, with the original's date, topics and source.
 */
export function translatedPostsOf(api: CollectionApi, lang: string, originals: PostItem[] = postsOf(api)): PostItem[] {
  const translations = new Map(markdownIn(api, translatedPostsFolder(lang)).map((item) => [item.fileSlug, item]));
  return originals.flatMap((original) => {
    const translation = translations.get(original.fileSlug);
    if (!translation) return [];
    const data = translatedPostData(original, translation);
    const item: PostItem = {
      url: translation.url,
      inputPath: translation.inputPath,
      fileSlug: translation.fileSlug,
      date: original.date,
      data,
      page: translation.page,
      rawInput: translation.rawInput,
      // Eleventy fills in each page's rendered content later, on its own item: read it from there.
      get content() {
        return translation.content;
      },
      set content(_value: string) {},
      get templateContent() {
        return translation.templateContent;
      },
      set templateContent(_value: string | undefined) {},
    };
    return [item];
  });
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
  eleventyConfig.addCollection("postsEs", (api) => translatedPostsOf(api, "es"));
  eleventyConfig.addCollection("tagListEs", (api) => tagListOf(translatedPostsOf(api, "es")));
  eleventyConfig.addCollection("tagPagesEs", (api) => tagPagesOf(tagListOf(translatedPostsOf(api, "es")), postsPerPage));
}
