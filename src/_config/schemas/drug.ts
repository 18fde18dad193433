/**
 * A drug: one file per drug in `_data/drugs/<slug>.ts`, written as
 * `export default defineDrug({ ... })` so an editor can suggest and check every field.
 */
import { z } from "zod";
import { isoDate, oneOf, partialDate, reviewFields, reviewOrder, show, sourcesList, strictObject, text, textList } from "./fields.ts";

export const drugStatuses = ["approved", "withdrawn", "in-development"] as const;
export type DrugStatus = (typeof drugStatuses)[number];

/** Plain-words label for each status, so status is never shown by colour alone. */
export const drugStatusLabels: Record<DrugStatus, string> = {
  approved: "Approved",
  withdrawn: "Withdrawn",
  "in-development": "In development",
};

const timelineEvent = strictObject(
  {
    date: partialDate,
    event: text("what happened on that date"),
  },
  "a timeline event",
);

export const drugSchema = strictObject(
  {
    genericName: text("the drug's generic (scientific) name"),
    brandNames: textList("brand names"),
    otherNames: textList("other names, such as a research code").optional(),
    developer: text("the company or group that makes it").optional(),
    summary: text("one or two plain sentences for the \"In short\" section"),
    status: oneOf(drugStatuses, "status"),
    approvedBy: text("who approved it, e.g. \"US Food and Drug Administration (FDA)\"").optional(),
    approvedOn: isoDate.optional(),
    withdrawnOn: isoDate.optional(),
    trialPhase: text("the trial phase, e.g. \"Phase 3\"").optional(),
    phaseAsOf: partialDate.optional(),
    whoItIsFor: text("who the drug is for, in plain words"),
    testsFirst: text("tests that come first, such as genetic testing").optional(),
    howItWorks: text("how it works, in plain words"),
    howItIsGiven: strictObject(
      {
        route: text("how it enters the body, e.g. \"By mouth\""),
        dose: text("the usual dose, or a note that it is not set yet"),
        schedule: text("how often it is given"),
        whoGivesIt: text("who gives it, e.g. \"You, at home\"").optional(),
      },
      "how it is given (route, dose, schedule)",
    ),
    evidence: text("what the evidence shows, with numbers from the sources"),
    sideEffects: strictObject(
      {
        common: textList("common side effects"),
        serious: textList("serious side effects"),
        note: text("a note about side effects").optional(),
      },
      "side effects (common, serious)",
    ),
    cost: text("what it costs, or that the sources give no price"),
    timeline: z.array(timelineEvent).optional(),
    questions: textList("questions to ask your care team", 1),
    sources: sourcesList,
    ...reviewFields,
  },
  "a drug",
).superRefine((drug, ctx) => {
  const need = (field: "approvedOn" | "withdrawnOn" | "trialPhase" | "phaseAsOf", why: string) => {
    if (drug[field] === undefined) {
      ctx.addIssue({ code: "custom", path: [field], input: undefined, message: `is missing (expected ${why})` });
    }
  };
  if (drug.status === "approved" || drug.status === "withdrawn") need("approvedOn", `the approval date, because status is ${show(drug.status)}`);
  if (drug.status === "withdrawn") need("withdrawnOn", "the date it was withdrawn, because status is \"withdrawn\"");
  if (drug.status === "in-development") {
    need("trialPhase", "the trial phase, because status is \"in-development\"");
    need("phaseAsOf", "the date the phase was reported, because status is \"in-development\"");
  }
  reviewOrder(drug, ctx);
});

export type DrugInput = z.input<typeof drugSchema>;
/** A drug as templates receive it: validated, plus the slug taken from its file name. */
export type Drug = z.output<typeof drugSchema> & { slug: string };

/** Identity function that gives editors type checking and completion in `_data/drugs/*.ts`. */
export function defineDrug(drug: DrugInput): DrugInput {
  return drug;
}
