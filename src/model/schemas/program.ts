/**
 * A support or community program: one file per program in `_data/programs/<slug>.ts`,
 * written as `export default defineProgram({ ... })`.
 */
import type { z } from "zod";
import { changesList, reviewFields, reviewOrder, show, strictObject, text, textList, webUrl } from "./fields.ts";
import { citationList } from "./source.ts";

const programCitations = strictObject(
  {
    about: citationList("In short (who runs it and when it started)"),
    whoItIsFor: citationList("Who it is for"),
    whatItDoes: citationList("What it does"),
    results: citationList("Results so far"),
    howToTakePart: citationList("How to take part").optional(),
  },
  "the sources of each section (about, whoItIsFor, whatItDoes, results, howToTakePart)",
);
export type ProgramCitations = z.output<typeof programCitations>;

export const programSectionTitles: Record<keyof ProgramCitations, string> = {
  about: "In short",
  whoItIsFor: "Who it is for",
  whatItDoes: "What it does",
  results: "Results so far",
  howToTakePart: "How to take part",
};

export const programSchema = strictObject(
  {
    name: text("the program's name"),
    runBy: text("who runs it"),
    started: text('when it started, as the sources give it, e.g. "2019" or "May 2023"'),
    summary: text('one or two plain sentences for the "In short" section'),
    whoItIsFor: text("who the program is for"),
    whatItDoes: text("what the program does"),
    results: text("results so far, with numbers from the sources"),
    howToTakePart: text("how a reader can use or join it").optional(),
    relatedDrugs: textList("drug slugs, e.g. tofersen").optional(),
    website: webUrl.optional(),
    sources: programCitations,
    changes: changesList.optional(),
    ...reviewFields,
  },
  "a program",
).superRefine((program, ctx) => {
  if (program.howToTakePart !== undefined && program.sources.howToTakePart === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["sources", "howToTakePart"],
      input: undefined,
      message: `cites nothing (expected the ids of the sources "How to take part" rests on, from _data/sources.ts; found text ${show(program.howToTakePart.slice(0, 30))})`,
    });
  }
  reviewOrder(program, ctx, 12);
});

export type ProgramInput = z.input<typeof programSchema>;
export type Program = z.output<typeof programSchema> & { slug: string };

export function defineProgram(program: ProgramInput): ProgramInput {
  return program;
}
