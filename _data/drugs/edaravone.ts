import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "Edaravone",
  brandNames: ["Radicava", "Radicava ORS"],
  summary:
    "Edaravone (Radicava) was approved for ALS in the United States in 2017. In a 6-month trial, people on it lost everyday function more slowly. It is given by drip into a vein or, since 2022, as a liquid by mouth. It is not a cure.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2017-05-05",
  whoItIsFor:
    "Edaravone is approved for people with ALS. The label does not limit it to one type of ALS.\n\n**How to ask:** ask your neurologist or ALS clinic whether edaravone could help you, and whether the drip (IV) or the liquid you swallow (Radicava ORS) would suit you better.",
  howItWorks:
    "No one knows exactly how edaravone works in ALS. It mops up (scavenges) free radicals, unstable molecules that can damage cells, and this might help protect the nerve cells that control muscles.",
  howItIsGiven: {
    route:
      "Two ways: through a drip into a vein (an intravenous or IV infusion), or as a liquid swallowed or put through a feeding tube (Radicava ORS, an oral suspension).",
    dose: "By drip: 60 mg, given over 60 minutes. As the liquid: 105 mg (5 mL), in the morning after a night without food; then nothing but water for 1 hour.",
    schedule:
      "In cycles. First cycle: every day for 14 days, then 14 days off. Later cycles: on 10 days out of 14, then 14 days off.",
  },
  evidence:
    "The FDA approved edaravone on the results of a 6-month trial in Japan with 137 people. At 24 weeks, people on edaravone had lost less everyday function on the ALSFRS-R scale than people on a dummy treatment (placebo): about 2.5 points less. The company describes this as 33% less decline. It is not known whether edaravone helps people live longer. It is not a cure.\n\nThe liquid (Radicava ORS) was approved in May 2022.",
  sideEffects: {
    warnings: [
      "**Allergic reactions,** including a severe one (anaphylaxis), with signs such as hives, swelling or trouble breathing.",
      "**Reactions to sulfites.** The drip contains sodium bisulfite, a sulfite, which can cause allergic reactions, including life-threatening asthma attacks. Sulfite reactions are more common in people with asthma.",
    ],
    common: [
      "Bruising (contusion): 15 in 100 people, against 9 in 100 on placebo",
      "Trouble walking (gait disturbance): 13 in 100, against 9 in 100",
      "Headache: 10 in 100, against 6 in 100",
      "Skin inflammation (dermatitis): 8 in 100, against 5 in 100",
      "Eczema: 7 in 100, against 4 in 100",
    ],
  },
  monitoring: [
    "**Before you start:** tell your care team if you have asthma or have ever reacted to sulfites or other medicines.",
    "**While you take it:** the label asks that people be watched carefully for allergic reactions. If one happens, edaravone is stopped and the reaction is treated.",
  ],
  timeline: [
    { date: "2017-05-05", event: "The FDA approves edaravone (Radicava) as a drip into a vein." },
    { date: "2022-05-12", event: "The FDA approves the liquid by mouth, Radicava ORS." },
  ],
  questions: [
    "Is edaravone right for me?",
    "Would the drip (IV) or the liquid by mouth (Radicava ORS) suit me better?",
    "How would the 14-day cycles fit around my work, family and other care?",
    "If I have a feeding tube, or get one later, can I take the liquid through it?",
    "I have asthma or a sulfite allergy: is edaravone safe for me?",
    "What will it cost me, and will my insurance pay for it?",
  ],
  sources: {
    whoItIsFor: ["radicava-label"],
    howItWorks: ["nrdd-edaravone-2017", "radicava-label"],
    howItIsGiven: ["radicava-label", "radicava-ors-approval"],
    evidence: ["fda-edaravone-approval", "nrdd-edaravone-2017", "radicava-efficacy-page", "radicava-ors-approval"],
    sideEffects: ["radicava-label"],
    monitoring: ["radicava-label"],
    status: ["fda-edaravone-approval", "radicava-ors-approval"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Added the label's warnings (allergic and sulfite reactions), its most common side effects, what to watch for, and the dose of the liquid (105 mg). The page used to say no side effects were reported and that the sources give no dose for the liquid: both were wrong.",
    },
    { date: "2026-12-02", change: "Described the trial behind the approval, and that the 33% figure is the company's description of it." },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
