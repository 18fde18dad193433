/** Where things live, relative to the project root. Eleventy's directories and every script read these. */
export const directories = {
  input: "src",
  data: "../_data",
  includes: "../_includes",
  output: "_site",
} as const;

export const postsFolder = "src/posts/en";
/** Translated posts, one folder per language: `src/posts/es/<slug>.md` translates `src/posts/en/<slug>.md`. */
export const translatedPostsFolder = (lang: string) => `src/posts/${lang}`;
export const dataFolder = "_data";
