import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "PrimeC",
  brandNames: [],
  developer: "NeuroSense Therapeutics",
  summary:
    "PrimeC is an experimental ALS medicine from NeuroSense Therapeutics that combines two drugs that already exist. In 2025 it was in a pivotal Phase 3 trial; it is not approved.",
  status: "in-development",
  trialPhase: "Pivotal Phase 3",
  phaseAsOf: "2025",
  whoItIsFor:
    "It is being studied in people with ALS. It is not approved, and our sources do not give the rules for who can take part in its trials.\n\n**How to ask:** ask your neurologist or ALS clinic whether there is a PrimeC trial you could join.",
  testsFirst:
    "Our sources do not name any test needed first. If you look into a trial, ask the trial team which checks they need.",
  howItWorks:
    "It combines two medicines that already exist. Our sources do not name them or explain how the combination works.",
  howItIsGiven: {
    route: "Our sources do not say yet.",
    dose: "Not set yet: it is still being tested in trials.",
    schedule: "Not set yet: it is still being tested in trials.",
  },
  evidence:
    "In 2025 it was in a pivotal Phase 3 trial: a large, late trial meant to show whether it works well enough to be approved. Our sources give no results yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources.",
  },
  cost: "It is not approved, so it is not on sale. Our sources give no price for this drug yet.",
  timeline: [{ date: "2025", event: "Reported to be in a pivotal Phase 3 trial." }],
  questions: [
    "Is there a PrimeC trial I could join, and where is it?",
    "What would taking part in the trial involve?",
    "Which two medicines does PrimeC combine, and could they affect the medicines I already take?",
    "While I wait, which approved treatments fit me now?",
  ],
  sources: [
    {
      title: "ALS drug-landscape overview",
      publisher: "Not named in our sources",
      citation: "Overview of approved and experimental ALS drugs, including drugs in development as reported in 2025.",
      date: "2025",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
