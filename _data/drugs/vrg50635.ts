import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "VRG50635",
  brandNames: [],
  developer: "Verge Genomics",
  summary:
    "VRG50635 is an experimental ALS medicine from Verge Genomics that was found with the help of artificial intelligence (AI). In 2025 it was being tested in clinical trials; it is not approved.",
  status: "in-development",
  trialPhase: "In clinical trials",
  phaseAsOf: "2025",
  whoItIsFor:
    "It is being studied in people with ALS. It is not approved, and our sources do not give the rules for who can take part in its trials.\n\n**How to ask:** ask your neurologist or ALS clinic whether there is a VRG50635 trial you could join.",
  testsFirst:
    "Our sources do not name any test needed first. If you look into a trial, ask the trial team which checks they need.",
  howItWorks:
    "It is a small-molecule drug: a medicine made from a small chemical, not from cells or genetic material. It was found with the help of artificial intelligence (AI), and it blocks a protein called PIKfyve.",
  howItIsGiven: {
    route: "Our sources do not say yet.",
    dose: "Not set yet: it is still being tested in trials.",
    schedule: "Not set yet: it is still being tested in trials.",
  },
  evidence: "In 2025 it was being tested in clinical trials. Our sources give no results yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources.",
  },
  cost: "It is not approved, so it is not on sale. Our sources give no price for this drug yet.",
  timeline: [{ date: "2025", event: "Reported to be in clinical trials." }],
  questions: [
    "Is there a VRG50635 trial I could join, and where is it?",
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
