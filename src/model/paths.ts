/** Where things live, relative to the project root. Eleventy's directories and every script read these. */
export const directories = {
  input: "src",
  data: "../_data",
  includes: "../_includes",
  output: "_site",
} as const;

export const postsFolder = "src/posts";
export const dataFolder = "_data";
