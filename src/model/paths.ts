/** Where things live, relative to the project root. Eleventy's directories and every script read these. */
import { slugify } from "../helpers/slugify.ts";

export const directories = {
  input: "src",
  data: "../_data",
  includes: "../_includes",
  output: "_site",
} as const;

export const postsFolder = "src/posts";
export const dataFolder = "_data";

/** Public URL of a post, from its file name: `src/posts/My Post.md` -> `/posts/my-post/`. */
export function postUrl(fileSlug: string): string {
  return `/posts/${slugify(fileSlug)}/`;
}
