/**
 * Every markdown file below this folder is a post (`src/model/pageKinds.ts`): the post layout, at
 * /posts/<file-name>/ for `en/<file-name>.md` and /es/posts/<file-name>/ for its translation `es/<file-name>.md`.
 */
import { pageKinds, postUrl } from "../model/pageKinds.ts";
import { languageOfPath } from "../model/languages.ts";

export default {
  pageKind: "post",
  // Eleventy's layout key is relative to _includes/.
  layout: pageKinds.post.layout.replace(/^_includes\//, ""),
  eleventyComputed: {
    permalink: (data: { page: { fileSlug: string; inputPath: string } }) => postUrl(data.page.fileSlug, languageOfPath(data.page.inputPath)),
  },
};
