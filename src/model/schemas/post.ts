/** Front matter of a markdown post in `src/posts/en/<slug>.md`. */
import { z } from "zod";
import { changesList, isoDate, strictObject, text } from "./fields.ts";

export const tagSchema = z
  .string({ error: (issue) => `${JSON.stringify(issue.input)} is not a tag (expected a word or short phrase)` })
  .trim()
  .min(1, { error: () => "is empty (expected a word or short phrase)" })
  .max(40, { error: () => "is too long (expected at most 40 characters)" });

export const postFrontMatterSchema = strictObject(
  {
    title: text('a title, e.g. title: "2023 in review"'),
    /** The day the post was published on this site (not the date of the article it draws on). */
    date: isoDate,
    summary: text("one or two sentences that sum the post up"),
    tags: z.array(tagSchema, { error: (issue) => `${JSON.stringify(issue.input)} is not a list (expected a list such as [research, drugs])` }).optional(),
    /** The id, in _data/sources.ts, of the article this post is adapted from, if any. */
    basedOn: text('the id of the original article in _data/sources.ts, e.g. "als-2023-year-in-review"').optional(),
    changes: changesList.optional(),
    draft: z.boolean({ error: (issue) => `${JSON.stringify(issue.input)} is not true or false (expected draft: true or draft: false)` }).optional(),
  },
  "a post's front matter",
);

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;
