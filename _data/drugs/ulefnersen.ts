import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "Ulefnersen",
  brandNames: [],
  developer: "Ionis",
  summary:
    "Ulefnersen is an experimental medicine from Ionis for FUS-ALS, a genetic form of ALS. In 2025 it was being tested in a Phase 3 trial; it is not approved.",
  status: "in-development",
  trialPhase: "Phase 3",
  phaseAsOf: "2025",
  whoItIsFor:
    "It is being tested in people with FUS-ALS, a form of ALS caused by a change in the FUS gene. It is not approved; for now it is being studied in clinical trials.\n\n**How to ask:** ask your neurologist or ALS clinic whether genetic testing makes sense for you, and whether there is a ulefnersen trial you could join.",
  testsFirst:
    "**Genetic testing** is how you find out whether you have a FUS change. Our sources do not give the trial's rules for who can take part.",
  howItWorks:
    "It is an antisense oligonucleotide (ASO), the same kind of medicine as tofersen, and it is aimed at FUS-ALS. Our sources give no more detail on how it works.",
  howItIsGiven: {
    route: "Our sources do not say yet.",
    dose: "Not set yet: it is still being tested in trials.",
    schedule: "Not set yet: it is still being tested in trials.",
  },
  evidence: "In 2025 it was in a Phase 3 trial. Our sources give no results yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources.",
  },
  cost: "It is not approved, so it is not on sale. Our sources give no price for this drug yet.",
  timeline: [{ date: "2025", event: "Reported to be in a Phase 3 trial." }],
  questions: [
    "Should I have genetic testing to find out if I have a FUS change?",
    "Is there a ulefnersen trial I could join, and where is it?",
    "What would taking part in the trial involve for me and my family?",
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
