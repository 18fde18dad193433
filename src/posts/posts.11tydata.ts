/** Every markdown file in this folder is a post: it uses the post layout and lives at /posts/<file-name>/. */
import { postUrl } from "../model/paths.ts";

export default {
  layout: "layouts/post.11ty.ts",
  eleventyComputed: {
    permalink: (data: { page: { fileSlug: string } }) => postUrl(data.page.fileSlug),
  },
};
