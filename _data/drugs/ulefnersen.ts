import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "Ulefnersen",
  brandNames: [],
  otherNames: ["ION363", "jacifusen"],
  developer: "Ionis, with Otsuka",
  summary:
    "Ulefnersen is an experimental medicine. It is meant for FUS-ALS, a rare genetic form of ALS. In November 2024, it was in a large trial called FUSION. It was not approved.",
  status: "in-development",
  trialPhase: "Phase 3 (the FUSION trial)",
  statusAsOf: "2024-11",
  whoItIsFor:
    "As of November 2024, it was being tested in people with FUS-ALS, a form of ALS caused by a change in the FUS gene. It was not approved.\n\n**How to ask:** ask your neurologist or ALS clinic whether genetic testing makes sense for you. A genetic test is how a FUS change is found.",
  howItWorks:
    "It is an antisense oligonucleotide (ASO), the same kind of medicine as tofersen. It is designed to stop the body from making the FUS protein.",
  howItIsGiven: {
    route: "In the trial, an injection into the spinal fluid in the lower back (intrathecal), through a spinal tap.",
    dose: "Not set: it was still in trials.",
    schedule: "In the trial, every 4 to 12 weeks at first, then every 12 weeks in the part of the trial where everyone gets the drug.",
    whoGivesIt: "The trial team.",
  },
  evidence:
    "**FUSION.** The Phase 3 trial enrolled more than 80 people at 25 sites in 16 countries. Ionis and Otsuka said its main part should end in the second half of 2026. We have not found results yet.\n\n**An earlier small study.** Before FUSION, 12 people with FUS-ALS got the drug (then called jacifusen) one by one, under expanded access, in the US and Switzerland. There was no comparison group. A marker of nerve damage in the spinal fluid (NfL) fell by up to 83% after six months. Most people still got worse. One person regained walking and breathing on their own, and one stayed free of symptoms.",
  sideEffects: {
    warnings: [],
    common: [
      "In the small study of 12 people: back pain (half of them), headache, feeling sick (nausea) and headache after the spinal tap",
    ],
    note: "No serious side effects in that study were put down to the drug. Small studies cannot show every side effect. Ask the trial team what to look out for.",
  },
  timeline: [
    { date: "2021-02", event: "The FUSION trial is listed on ClinicalTrials.gov." },
    { date: "2024-11-22", event: "Otsuka licenses ulefnersen from Ionis." },
    { date: "2025", event: "The small expanded-access study of 12 people is published in The Lancet." },
  ],
  questions: [
    "Should I have genetic testing to find out if I have a FUS change?",
    "Is the FUSION trial, or a later one, open to me, and where is it?",
    "What would taking part involve for me and my family?",
    "While I wait, which approved treatments fit me now?",
  ],
  sources: {
    whoItIsFor: ["fusion-registry", "ionis-fusion-enrollment"],
    howItWorks: ["ionis-fusion-study-page"],
    howItIsGiven: ["fusion-registry", "ionis-fusion-study-page"],
    evidence: ["ionis-fusion-enrollment", "shneider-2025-jacifusen", "emj-jacifusen"],
    sideEffects: ["shneider-2025-jacifusen", "emj-jacifusen"],
    status: ["otsuka-ulefnersen-license", "ionis-fusion-enrollment", "fusion-registry"],
  },
  changes: [
    {
      date: "2026-12-02",
      change: "Re-checked against the trial registry and the companies' statements; added how it is given in the trial and the earlier study of 12 people.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-03-02",
});
