/**
 * A drug: one file per drug in `_data/drugs/<slug>.ts`, written as
 * `export default defineDrug({ ... })` so an editor can suggest and check every field.
 *
 * Safety is required, not optional: an approved drug (or one withdrawn after approval) must list the
 * label's warnings, its common side effects and the tests before or during treatment, and cite the label.
 */
import { z } from "zod";
import { changesList, isoDate, oneOf, partialDate, reviewFields, reviewOrder, show, strictObject, text, textList } from "./fields.ts";
import { citationList } from "./source.ts";

export const drugStatuses = ["approved", "withdrawn", "in-development", "stopped"] as const;
export type DrugStatus = (typeof drugStatuses)[number];

/** Plain-words label for each status, so status is never shown by colour alone. */
export const drugStatusLabels: Record<DrugStatus, string> = {
  approved: "Approved",
  withdrawn: "Withdrawn",
  "in-development": "In development",
  stopped: "Development stopped",
};

/** Statuses whose facts move fast: their pages are reviewed at least every 3 months. */
export const pipelineStatuses: readonly DrugStatus[] = ["in-development"];
/** Statuses that had a label: safety information is required. */
export const labelledStatuses: readonly DrugStatus[] = ["approved", "withdrawn"];

const timelineEvent = strictObject(
  {
    date: partialDate,
    event: text("what happened on that date"),
  },
  "a timeline event",
);

/** A date at least as precise as a month: "status as of May 2025". */
const monthDate = partialDate.refine((value) => value.length >= 7, {
  error: (issue) => `${show(issue.input)} is only a year (expected at least the month, YYYY-MM, as the newest source gives it)`,
});

/**
 * The sources each section rests on, by id from `_data/sources.ts`. The section names here are the
 * field names of the drug, so a maintainer sees which text each list backs.
 */
const drugCitations = strictObject(
  {
    whoItIsFor: citationList("Who it is for"),
    howItWorks: citationList("How it works"),
    howItIsGiven: citationList("How it is given"),
    evidence: citationList("What the evidence shows"),
    sideEffects: citationList("Side effects and warnings").optional(),
    monitoring: citationList("Tests and check-ups").optional(),
    cost: citationList("Cost").optional(),
    status: citationList("Status and timeline"),
  },
  "the sources of each section (whoItIsFor, howItWorks, howItIsGiven, evidence, sideEffects, monitoring, cost, status)",
);
export type DrugCitations = z.output<typeof drugCitations>;

/** Section titles by citation key, for messages and for the page. */
export const drugSectionTitles: Record<keyof DrugCitations, string> = {
  whoItIsFor: "Who it is for",
  howItWorks: "How it works",
  howItIsGiven: "How it is given",
  evidence: "What the evidence shows",
  sideEffects: "Side effects and warnings",
  monitoring: "Tests and check-ups",
  cost: "Cost",
  status: "Status and timeline",
};

export const drugSchema = strictObject(
  {
    genericName: text("the drug's generic (scientific) name"),
    brandNames: textList("brand names"),
    otherNames: textList("other names, such as a research code").optional(),
    developer: text("the company or group that makes it").optional(),
    summary: text('one or two plain sentences for the "In short" section'),
    status: oneOf(drugStatuses, "status"),
    approvedBy: text('who approved it, e.g. "US Food and Drug Administration (FDA)"').optional(),
    approvedOn: isoDate.optional(),
    withdrawnOn: isoDate.optional(),
    trialPhase: text('the trial phase, e.g. "Phase 3"').optional(),
    statusAsOf: monthDate.optional(),
    /** When development stopped, as precise as the sources give it, or "not given" when no source dates it. */
    stoppedOn: z
      .union([partialDate, z.literal("not given")], {
        error: (issue) => `${show(issue.input)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, or "not given" when no source dates it)`,
      })
      .optional(),
    stoppedReason: text("why development stopped, as the sources give it").optional(),
    whoItIsFor: text("who the drug is for, in plain words"),
    howItWorks: text("how it works, in plain words"),
    howItIsGiven: strictObject(
      {
        route: text('how it enters the body, e.g. "By mouth"'),
        dose: text("the usual dose, or a note that it is not set yet"),
        schedule: text("how often it is given"),
        whoGivesIt: text('who gives it, e.g. "You, at home"').optional(),
      },
      "how it is given (route, dose, schedule)",
    ),
    evidence: text("what the evidence shows, with numbers from the sources"),
    sideEffects: strictObject(
      {
        warnings: textList("the label's warnings (serious risks)"),
        common: textList("common side effects"),
        note: text("a note about side effects").optional(),
      },
      "side effects (warnings, common)",
    ),
    monitoring: textList("tests before or during treatment, and what the care team watches for").optional(),
    cost: text("what it costs, with a source; leave it out if no source gives a price").optional(),
    timeline: z.array(timelineEvent).optional(),
    questions: textList("questions to ask your care team", 1),
    sources: drugCitations,
    changes: changesList.optional(),
    ...reviewFields,
  },
  "a drug",
).superRefine((drug, ctx) => {
  const issue = (path: (string | number)[], message: string, input?: unknown) => ctx.addIssue({ code: "custom", path, input, message });
  const need = (field: "approvedOn" | "withdrawnOn" | "trialPhase" | "statusAsOf" | "stoppedOn" | "stoppedReason", why: string) => {
    if (drug[field] === undefined) issue([field], `is missing (expected ${why}, because status is ${show(drug.status)})`);
  };
  if (labelledStatuses.includes(drug.status)) need("approvedOn", "the approval date");
  if (drug.status === "withdrawn") need("withdrawnOn", "the date the withdrawal was announced");
  if (drug.status === "in-development" || drug.status === "stopped") {
    need("trialPhase", drug.status === "stopped" ? "the last trial phase it reached" : "the trial phase");
  }
  if (drug.status === "in-development") need("statusAsOf", "the month of the newest source for this status, YYYY-MM");
  if (drug.status === "stopped") {
    need("stoppedOn", 'the date development stopped, as precise as the sources give it, or "not given"');
    need("stoppedReason", "why development stopped");
  }

  // Safety information a label gives is required for any drug that had one.
  if (labelledStatuses.includes(drug.status)) {
    const why = ` because status is ${show(drug.status)}: copy them, in plain words, from the label`;
    if (drug.sideEffects.warnings.length === 0) issue(["sideEffects", "warnings"], `is empty (expected the label's warnings${why})`);
    if (drug.sideEffects.common.length === 0) issue(["sideEffects", "common"], `is empty (expected the label's most common side effects${why})`);
    if ((drug.monitoring ?? []).length === 0) issue(["monitoring"], `is empty (expected the tests before or during treatment${why})`);
  }

  // A section that states facts cites them; these sections exist only when their text does.
  const cites = (field: "sideEffects" | "monitoring" | "cost", present: boolean) => {
    if (present && drug.sources[field] === undefined) {
      issue(["sources", field], `cites nothing (expected the ids of the sources "${drugSectionTitles[field]}" rests on, from _data/sources.ts)`);
    }
  };
  cites("sideEffects", drug.sideEffects.warnings.length + drug.sideEffects.common.length > 0);
  cites("monitoring", (drug.monitoring ?? []).length > 0);
  cites("cost", drug.cost !== undefined);

  // Pipeline facts go stale within months.
  if (pipelineStatuses.includes(drug.status)) reviewOrder(drug, ctx, 3, ` (a drug in development is reviewed at least every 3 months)`);
  else reviewOrder(drug, ctx, 12);
});

export type DrugInput = z.input<typeof drugSchema>;
/** A drug as templates receive it: validated, plus the slug taken from its file name. */
export type Drug = z.output<typeof drugSchema> & { slug: string };

/** Identity function that gives editors type checking and completion in `_data/drugs/*.ts`. */
export function defineDrug(drug: DrugInput): DrugInput {
  return drug;
}
