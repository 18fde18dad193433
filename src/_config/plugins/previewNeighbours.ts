/**
 * `npm start` only: when a post is saved, also re-render the other posts whose pages show it. Its previous
 * and next posts link to it by title, and its other language versions take their date, topics and source
 * from the English original (and their language switch from whether a translation exists).
 *
 * Eleventy's incremental mode re-renders a page when the saved file is among the page's dependencies, and
 * it cannot be told that a post depends on two neighbours only: declaring that posts use the posts
 * collection would make every post depend on every other one, and re-render all of them on each save.
 * So just before each rebuild this adds, for the saved post only, the posts that show it to Eleventy's
 * dependency graph (from the order of the last build, with the saved post moved to where its new date and
 * title put it), and removes the ones it added for the save before.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parsePost } from "../../model/checks/frontMatter.ts";
import { isPreview } from "../../helpers/runMode.ts";
import { postsFolder, translatedPostsFolder } from "../../model/paths.ts";
import type { EleventyConfig, TemplateDependencyGraph } from "../../model/eleventy.ts";
import { postOrder, postsOf, translatedPostsOf } from "./collections.ts";
import { translatedLanguages } from "../../model/languages.ts";

/** A post's place in the order: what `postOrder` sorts by. */
export interface OrderedPost {
  inputPath: string;
  fileSlug: string;
  date: Date;
  data: { title: string };
}

/** The English posts in order, and each translated language's posts by slug (their order follows English). */
export interface PostLists {
  english: OrderedPost[];
  translations: Record<string, Map<string, string>>;
}

/** The saved file, with its new date and title when they could be read. */
export interface SavedPost {
  inputPath: string;
  date?: Date;
  title?: string;
}

const normalized = (inputPath: string) => path.posix.normalize(inputPath.replaceAll("\\", "/"));

/** The previous and the next post of `inputPath` in `order` (either may be missing). */
function neighboursIn(order: string[], inputPath: string): Array<string | undefined> {
  const index = order.indexOf(inputPath);
  return index === -1 ? [] : [order[index - 1], order[index + 1]];
}

/**
 * The input paths of the posts, other than `saved`, whose pages show it: its previous and next posts, before
 * and after the save (a new date or title can move it), and its other language versions with theirs.
 */
export function postsShowing(lists: PostLists, saved: SavedPost): Set<string> {
  const savedPath = normalized(saved.inputPath);
  const slug = path.posix.basename(savedPath, ".md");
  const isEnglish = path.posix.dirname(savedPath) === postsFolder;
  const showing = new Set<string>();
  /** The old and the new neighbours; with `movedOnly`, only if they changed (a translation's own title did not). */
  const addNeighbours = ([before, after]: [string[], string[]], inputPath: string, movedOnly = false) => {
    const old = neighboursIn(before, inputPath);
    const now = neighboursIn(after, inputPath);
    if (movedOnly && old.join() === now.join()) return;
    for (const neighbour of [...old, ...now]) if (neighbour !== undefined) showing.add(neighbour);
  };

  const before = lists.english;
  let after = before;
  if (isEnglish && saved.date && saved.title !== undefined && !Number.isNaN(saved.date.getTime())) {
    const moved: OrderedPost = { inputPath: savedPath, fileSlug: slug, date: saved.date, data: { title: saved.title } };
    after = [...before.filter((post) => post.fileSlug !== slug), moved].sort(postOrder);
  }
  const inOrder = (listed: (order: OrderedPost[]) => string[]): [string[], string[]] => [listed(before), listed(after)];
  if (isEnglish)
    addNeighbours(
      inOrder((order) => order.map((post) => normalized(post.inputPath))),
      savedPath,
    );
  else {
    const original = before.find((post) => post.fileSlug === slug);
    if (original) showing.add(normalized(original.inputPath));
  }

  for (const [lang, bySlug] of Object.entries(lists.translations)) {
    const own = path.posix.dirname(savedPath) === translatedPostsFolder(lang) ? savedPath : bySlug.get(slug);
    if (!own) continue;
    showing.add(normalized(own));
    // A translation is listed in its original's place (src/_config/plugins/collections.ts).
    const listed = (order: OrderedPost[]) =>
      order.flatMap((post) => {
        const translation = post.fileSlug === slug ? own : bySlug.get(post.fileSlug);
        return translation ? [normalized(translation)] : [];
      });
    addNeighbours(inOrder(listed), normalized(own), own !== savedPath);
  }
  showing.delete(savedPath);
  return showing;
}

/** An English post or a translation of one: a markdown file directly in one of the posts folders. */
function isPostFile(inputPath: string): boolean {
  const folder = path.posix.dirname(inputPath);
  return inputPath.endsWith(".md") && (folder === postsFolder || translatedLanguages.some((lang) => folder === translatedPostsFolder(lang)));
}

/** Reads the saved post's new date and title; without them, its neighbours are those of the last build. */
async function readSaved(inputPath: string): Promise<SavedPost> {
  try {
    const { data } = parsePost(await readFile(inputPath, "utf8"));
    // Eleventy reads a date-only front matter date as midnight UTC, as `new Date` does.
    const date = typeof data.date === "string" ? new Date(data.date) : undefined;
    return { inputPath, date, title: typeof data.title === "string" ? data.title : undefined };
  } catch {
    return { inputPath };
  }
}

export function previewNeighboursPlugin(eleventyConfig: EleventyConfig): void {
  if (!isPreview()) return;

  let lists: PostLists | undefined;
  let graph: TemplateDependencyGraph | undefined;
  let added: Array<[from: string, to: string]> = [];

  // Not a collection any page reads: the post order of the build, taken where Eleventy computes collections.
  eleventyConfig.addCollection("previewPostOrder", (api) => {
    const english = postsOf(api);
    lists = {
      english,
      translations: Object.fromEntries(
        translatedLanguages.map((lang) => [lang, new Map(translatedPostsOf(api, lang, english).map((post) => [post.fileSlug, post.inputPath]))]),
      ),
    };
    return [];
  });
  eleventyConfig.on("eleventy.after", ({ uses }) => {
    graph = uses;
  });
  eleventyConfig.on("eleventy.beforeWatch", async (queue: string[]) => {
    if (!graph || !lists) return;
    for (const [from, to] of added) if (graph.hasNode(from) && graph.hasNode(to)) graph.removeDependency(from, to);
    added = [];
    for (const file of queue) {
      const saved = normalized(path.relative(".", file));
      if (!isPostFile(saved)) continue;
      for (const page of postsShowing(lists, await readSaved(saved))) {
        if (!graph.hasNode(page)) continue;
        graph.addDependency(page, saved);
        added.push([page, saved]);
      }
    }
  });
}
