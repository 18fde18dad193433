/** The glossary: `_data/glossary.ts` exports `defineGlossary([...])`. */
import { z } from "zod";
import { strictObject, text } from "./fields.ts";

export const glossaryEntrySchema = strictObject(
  {
    term: text('the word or phrase, e.g. "Lumbar puncture"'),
    abbreviation: text('the short form, e.g. "NfL"').optional(),
    also: z.array(text("another name for the term")).optional(),
    definition: text("a plain-language definition in one to three sentences"),
  },
  "a glossary entry",
);

export const glossarySchema = z
  .array(glossaryEntrySchema, { error: () => "is not a list (expected a list of glossary entries)" })
  .min(1, { error: () => "is empty (expected at least one entry)" });

export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;
/** An entry as templates receive it, with the id used for `/glossary/#id` links. */
export type GlossaryEntry = z.output<typeof glossaryEntrySchema> & { id: string };

export function defineGlossary(entries: GlossaryEntryInput[]): GlossaryEntryInput[] {
  return entries;
}
