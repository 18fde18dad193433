import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "NurOwn",
  brandNames: [],
  developer: "BrainStorm Cell Therapeutics",
  summary:
    "NurOwn is an experimental stem cell treatment for ALS from BrainStorm Cell Therapeutics. In 2025 it was at a late stage of testing; it is not approved.",
  status: "in-development",
  trialPhase: "Late stage",
  phaseAsOf: "2025",
  whoItIsFor:
    "It is being studied in people with ALS. It is not approved, and our sources do not give the rules for who can take part in its trials.\n\n**How to ask:** ask your neurologist or ALS clinic whether there is a NurOwn trial you could join.",
  testsFirst:
    "Our sources do not name any test needed first. If you look into a trial, ask the trial team which checks they need.",
  howItWorks:
    "It uses a type of stem cell called mesenchymal stem cells. These cells are used to deliver substances that help protect nerve cells (neuroprotective factors).",
  howItIsGiven: {
    route: "Our sources do not say yet.",
    dose: "Not set yet: it is still being tested in trials.",
    schedule: "Not set yet: it is still being tested in trials.",
  },
  evidence: "In 2025 it was at a late stage of testing. Our sources give no results yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources.",
  },
  cost: "It is not approved, so it is not on sale. Our sources give no price for this drug yet.",
  timeline: [{ date: "2025", event: "Reported to be at a late stage of testing." }],
  questions: [
    "Is there a NurOwn trial I could join, and where is it?",
    "What would taking part in the trial involve?",
    "Would joining this trial stop me from joining others, or from taking approved ALS medicines?",
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
