import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "VRG50635",
  brandNames: [],
  developer: "Verge Genomics",
  summary:
    "VRG50635 was an experimental ALS medicine from Verge Genomics. Its development was stopped after it failed a planned check of whether it worked in an early trial. It is not approved.",
  status: "stopped",
  trialPhase: "a Phase 1 trial",
  stoppedOn: "not given",
  stoppedReason:
    "it failed a planned check of whether it worked (a pre-specified efficacy analysis), and the trial was ended early.",
  whoItIsFor:
    "No one: development has stopped, and the trial was ended. It had been tested in people with ALS in Canada and Europe.",
  howItWorks:
    "It is a small-molecule drug: a medicine made from a small chemical. It blocks a protein called PIKfyve. It was found with the help of the company's computer models (artificial intelligence).",
  howItIsGiven: {
    route: "By mouth, as reported when the trial was running.",
    dose: "None: development has stopped.",
    schedule: "None: development has stopped.",
  },
  evidence:
    "In November 2024, the Phase 1b trial had finished enrolling and was testing higher doses. Later, Verge Genomics told Fierce Biotech that the drug had failed a planned check of whether it worked. The trial was ended and did not go on to a stage where everyone gets the drug. The reason given in the trial registry is \"lack of risk-benefit data\".",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    { date: "2024-11", event: "The Phase 1b trial had finished enrolling and was testing higher doses." },
  ],
  questions: [
    "VRG50635 is no longer being developed. Which approved treatments fit me now?",
    "Are there other trials I could join?",
  ],
  sources: {
    whoItIsFor: ["fierce-vrg50635-stopped", "benzinga-vrg50635-2024"],
    howItWorks: ["catalonia-ferrer-vrg50635", "fierce-vrg50635-stopped"],
    howItIsGiven: ["catalonia-ferrer-vrg50635"],
    evidence: ["benzinga-vrg50635-2024", "fierce-vrg50635-stopped"],
    status: ["fierce-vrg50635-stopped"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Corrected the status: development of VRG50635 has stopped. The page used to say it was being tested in clinical trials.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
