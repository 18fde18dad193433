/**
 * Translations of content entries: `_data/es/drugs/<slug>.ts`, `_data/es/programs/<slug>.ts`,
 * `_data/es/glossary.ts` and the front matter of `src/posts/es/<slug>.md`.
 *
 * A translation holds the prose only, in the shape of the English entry. Facts that are not prose (names,
 * statuses, dates, sources, review dates) are never in it: every language's page takes them from the English
 * entry, so the two cannot disagree. `translatedFrom` records which version of the English prose it was
 * translated from (a hash written by `npm run translation-status`).
 */
import { z } from "zod";
import { strictObject, text, textList } from "./fields.ts";

/** The hash of the English prose a translation was made from, or "new" until `npm run translation-status` stamps it. */
export const translatedFrom = z
  .string({ error: () => 'is missing (expected the hash `npm run translation-status` writes, or "new" for a new translation)' })
  .regex(/^(?:[0-9a-f]{12}|new)$/, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a translation hash (expected 12 letters and digits written by \`npm run translation-status\`, or "new")`,
  });

export const drugTranslationSchema = strictObject(
  {
    translatedFrom,
    summary: text("the summary, translated"),
    developer: text("who makes it, translated").optional(),
    approvedBy: text("who approved it, translated").optional(),
    trialPhase: text("the trial phase, translated").optional(),
    stoppedReason: text("why development stopped, translated").optional(),
    whoItIsFor: text("who it is for, translated"),
    howItWorks: text("how it works, translated"),
    howItIsGiven: strictObject(
      {
        route: text("the route, translated"),
        dose: text("the dose, translated"),
        schedule: text("the schedule, translated"),
        whoGivesIt: text("who gives it, translated").optional(),
      },
      "how it is given (route, dose, schedule)",
    ),
    evidence: text("what the evidence shows, translated"),
    sideEffects: strictObject(
      {
        warnings: textList("the warnings, translated"),
        common: textList("the common side effects, translated"),
        note: text("the note, translated").optional(),
      },
      "side effects (warnings, common)",
    ),
    monitoring: textList("the tests, translated").optional(),
    cost: text("the cost, translated").optional(),
    timeline: textList("the timeline's events, translated, in the English order").optional(),
    questions: textList("the questions, translated", 1),
    changes: textList("the changes, translated, in the English order").optional(),
  },
  "a drug's translation",
);

export const programTranslationSchema = strictObject(
  {
    translatedFrom,
    name: text("the program's name, translated, only when it is a description rather than a proper name").optional(),
    runBy: text("who runs it, translated"),
    started: text("when it started, translated"),
    summary: text("the summary, translated"),
    whoItIsFor: text("who it is for, translated"),
    whatItDoes: text("what it does, translated"),
    results: text("the results, translated"),
    howToTakePart: text("how to take part, translated").optional(),
    changes: textList("the changes, translated, in the English order").optional(),
  },
  "a program's translation",
);

export const glossaryTranslationSchema = strictObject(
  {
    translatedFrom,
    entries: z.record(
      z.string(),
      strictObject(
        {
          term: text("the term, translated"),
          abbreviation: text("the short form, when the language uses its own").optional(),
          also: z.array(text("another name, translated")).optional(),
          definition: text("the definition, translated"),
        },
        "a glossary entry's translation",
      ),
    ),
  },
  "the glossary's translation",
);

export const postTranslationSchema = strictObject(
  {
    title: text("the title, translated"),
    summary: text("the summary, translated"),
    translatedFrom,
    changes: textList("the changes, translated, in the English order").optional(),
    draft: z.boolean().optional(),
  },
  "a translated post's front matter (its date, tags and basedOn come from the English post)",
);

export type DrugTranslation = z.output<typeof drugTranslationSchema>;
export type ProgramTranslation = z.output<typeof programTranslationSchema>;
export type GlossaryTranslation = z.output<typeof glossaryTranslationSchema>;
export type PostTranslation = z.output<typeof postTranslationSchema>;

export function defineDrugTranslation(value: z.input<typeof drugTranslationSchema>): z.input<typeof drugTranslationSchema> {
  return value;
}
export function defineProgramTranslation(value: z.input<typeof programTranslationSchema>): z.input<typeof programTranslationSchema> {
  return value;
}
export function defineGlossaryTranslation(value: z.input<typeof glossaryTranslationSchema>): z.input<typeof glossaryTranslationSchema> {
  return value;
}
