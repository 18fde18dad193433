import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "PrimeC",
  brandNames: [],
  developer: "NeuroSense Therapeutics",
  summary:
    "PrimeC is an experimental ALS medicine. It puts two drugs already in use into one pill. In December 2024, a larger trial was being planned. It was not approved.",
  status: "in-development",
  trialPhase: "Phase 3 (the PARAGON trial, planned)",
  statusAsOf: "2024-12",
  whoItIsFor:
    "In December 2024, it was being studied in people with ALS, and it was not approved. The sources we checked do not give the rules for who can join the planned trial.\n\n**How to ask:** ask your neurologist or ALS clinic whether a PrimeC trial is recruiting near you.",
  howItWorks:
    "It combines two medicines that are already approved for other uses: ciprofloxacin (an antibiotic) and celecoxib (a pain and anti-inflammatory medicine), in a form that releases slowly (extended release). The sources we checked do not explain how the combination might help in ALS.",
  howItIsGiven: {
    route: "By mouth.",
    dose: "Not set: it was still in trials.",
    schedule: "Not set: it was still in trials.",
  },
  evidence:
    "**The Phase 2b trial, PARADIGM,** had 68 people, treated for 6 months with PrimeC or a dummy pill (placebo). It met its main goal, which was about safety and how well people could take it. The company reported a slower loss of everyday function on PrimeC (a 29% difference on the ALSFRS-R scale), but the trial was not designed to prove that.\n\n**After 6 months,** everyone on placebo also got PrimeC. So the 12-month figures the company reported (for example, 36% slower decline) compare people who started early with people who started 6 months later, not PrimeC with placebo.\n\n**The next trial.** In December 2024, NeuroSense planned a Phase 3 trial, PARAGON, of about 300 people (2 on PrimeC for every 1 on placebo), hoping to start in mid-2025. A later report, with no date, said the FDA had cleared the trial to start and that the company was still raising the money to run it. We have not found a source saying that the trial began enrolling.",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    { date: "2024-07-09", event: "NeuroSense reports 12-month results from PARADIGM and its open-label extension." },
    { date: "2024-12-11", event: "NeuroSense says it plans a Phase 3 trial of about 300 people (2 on PrimeC for every 1 on placebo), aiming to start enrolling in mid-2025." },
  ],
  questions: [
    "Is a PrimeC trial recruiting, and is there a site near me?",
    "What would taking part involve?",
    "Would joining this trial stop me from joining others, or from taking approved ALS medicines?",
    "While I wait, which approved treatments fit me now?",
  ],
  sources: {
    whoItIsFor: ["neurosense-phase3-feedback", "m2pharma-primec-paragon"],
    howItWorks: ["neurologylive-primec-12-month"],
    howItIsGiven: ["neurologylive-primec-12-month"],
    evidence: ["neurologylive-primec-paradigm", "neurosense-paradigm-12-month", "neurosense-phase3-feedback", "m2pharma-primec-paragon"],
    status: ["neurosense-phase3-feedback", "neurosense-paradigm-12-month", "m2pharma-primec-paragon"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Corrected the status: PrimeC was not in a Phase 3 trial. As of December 2024 one was being planned. A later report said the FDA cleared it to start; we found no source saying it began enrolling.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-03-02",
});
