import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "NurOwn",
  brandNames: [],
  otherNames: ["MSC-NTF cells", "debamestrocel"],
  developer: "BrainStorm Cell Therapeutics",
  summary:
    "NurOwn is an experimental treatment made from a person's own bone marrow cells. FDA advisers voted against it in 2023, and a new trial was planned in 2025. It was not approved.",
  status: "in-development",
  trialPhase: "Phase 3b (the ENDURANCE trial, planned)",
  statusAsOf: "2025-05",
  whoItIsFor:
    "In May 2025, a new trial, ENDURANCE, was planned for people with early symptoms and a moderate form of ALS. NurOwn was not approved.\n\n**How to ask:** ask your neurologist or ALS clinic whether ENDURANCE, or another NurOwn trial, is recruiting near you.",
  howItWorks:
    "Doctors take a small amount of bone marrow from the person. In a lab, over about six days, certain cells from it (mesenchymal stem cells) are grown and changed so that they release high levels of substances that support nerve cells (neurotrophic factors). The cells are not genetically modified.",
  howItIsGiven: {
    route: "An injection of the person's own treated cells into the spinal fluid (intrathecal).",
    dose: "Not set: it was still in trials.",
    schedule: "In the planned trial, every 8 weeks: 3 doses of NurOwn or a dummy treatment (placebo) over 24 weeks, then 3 doses of NurOwn for everyone over another 24 weeks.",
    whoGivesIt: "The trial team.",
  },
  evidence:
    "**The FDA's advisers voted against it.** BrainStorm asked the FDA to approve NurOwn on the basis of an earlier Phase 3 trial. On September 27, 2023, an FDA advisory committee voted 17 to 1 (with 1 abstaining) that the evidence did not show NurOwn works for mild to moderate ALS. The company withdrew its application on November 3, 2023.\n\n**A new trial.** On April 9, 2024, the FDA agreed the design of a new Phase 3b trial (a special protocol assessment). That trial, ENDURANCE, plans to enroll 200 people.",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    { date: "2023-09-27", event: "An FDA advisory committee votes 17 to 1 against NurOwn." },
    { date: "2023-11-03", event: "BrainStorm withdraws its application for approval." },
    { date: "2024-04-09", event: "The FDA agrees the design of a Phase 3b trial." },
    { date: "2025-05-22", event: "The ENDURANCE trial is listed as not yet recruiting, with a planned start in June 2025." },
  ],
  questions: [
    "Is the ENDURANCE trial recruiting, and is there a site near me?",
    "What would taking part involve, including the bone marrow sample?",
    "Would joining this trial stop me from joining others, or from taking approved ALS medicines?",
    "While I wait, which approved treatments fit me now?",
  ],
  sources: {
    whoItIsFor: ["nurown-endurance-registry"],
    howItWorks: ["brainstorm-production-process", "postfataresurgo-brainstorm"],
    howItIsGiven: ["nurown-endurance-registry", "postfataresurgo-brainstorm"],
    evidence: ["brainstorm-adcomm-release", "epoch-nurown-adcomm", "brainstorm-10q-2025", "nurown-endurance-registry"],
    status: ["nurown-endurance-registry", "brainstorm-10q-2025", "brainstorm-adcomm-release"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Replaced \"late stage\" with the real history: FDA advisers voted against NurOwn, the application was withdrawn, and a Phase 3b trial was planned.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-03-02",
});
