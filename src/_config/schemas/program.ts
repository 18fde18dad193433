/**
 * A support or community program: one file per program in `_data/programs/<slug>.ts`,
 * written as `export default defineProgram({ ... })`.
 */
import type { z } from "zod";
import { reviewFields, reviewOrder, sourcesList, strictObject, text, textList, webUrl } from "./fields.ts";

export const programSchema = strictObject(
  {
    name: text("the program's name"),
    runBy: text("who runs it"),
    started: text("when it started, as the sources give it, e.g. \"2019\" or \"Spring 2023\""),
    summary: text("one or two plain sentences for the \"In short\" section"),
    whoItIsFor: text("who the program is for"),
    whatItDoes: text("what the program does"),
    results: text("results so far, with numbers from the sources"),
    howToTakePart: text("how a reader can use or join it").optional(),
    relatedDrugs: textList("drug slugs, e.g. tofersen").optional(),
    website: webUrl.optional(),
    sources: sourcesList,
    ...reviewFields,
  },
  "a program",
).superRefine(reviewOrder);

export type ProgramInput = z.input<typeof programSchema>;
export type Program = z.output<typeof programSchema> & { slug: string };

export function defineProgram(program: ProgramInput): ProgramInput {
  return program;
}
