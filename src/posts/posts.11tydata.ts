/** Every markdown file in this folder is a post (`src/model/pageKinds.ts`): the post layout, at /posts/<file-name>/. */
import { pageKinds, postUrl } from "../model/pageKinds.ts";

export default {
  pageKind: "post",
  // Eleventy's layout key is relative to _includes/.
  layout: pageKinds.post.layout.replace(/^_includes\//, ""),
  eleventyComputed: {
    permalink: (data: { page: { fileSlug: string } }) => postUrl(data.page.fileSlug),
  },
};
