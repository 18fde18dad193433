import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "Riluzole",
  brandNames: ["Rilutek", "Tiglutik", "Exservan"],
  summary:
    "Riluzole was the first medicine approved for ALS in the United States, in 1995. It is taken by mouth. In the studies behind its approval, people lived about three months longer on average. It is not a cure.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "1995-12-12",
  whoItIsFor:
    "Riluzole is approved for people with ALS. The labels do not limit it to one type of ALS.\n\n**How to ask:** tell your neurologist or ALS clinic that you would like to talk about riluzole. Ask whether it suits you, and which form would be easiest for you: a tablet, a liquid or a film that melts on the tongue.",
  howItWorks:
    "No one knows exactly how riluzole helps in ALS; the label says so. One of the things it does is lower the release of glutamate, a chemical messenger that nerve cells use to pass on signals. Too much glutamate is thought to harm the nerve cells that control muscles.",
  howItIsGiven: {
    route:
      "By mouth. It comes as a tablet (Rilutek), a liquid (Tiglutik) that can also go through a feeding tube, or a thin film that melts on the tongue (Exservan).",
    dose: "50 mg each time. For the liquid, that is 10 mL.",
    schedule: "Twice a day (every 12 hours). Take the tablet at least 1 hour before or 2 hours after a meal.",
    whoGivesIt: "You take it yourself.",
  },
  evidence:
    "When riluzole was approved in 1995, the US government said that in two studies with more than 1,000 people, it made people live about three months longer on average. It called this a modest effect. Riluzole does not stop ALS or undo damage, and it is not a cure.",
  sideEffects: {
    warnings: [
      "**Liver injury.** Riluzole can harm the liver; in rare cases this has been fatal. In studies, 2% of people had a large rise in a liver enzyme (ALT more than 5 times normal). If the liver is not working well, riluzole is stopped.",
      "**Low white blood cells (neutropenia).** This makes infections more likely. Tell your care team at once if you have a fever.",
      "**Lung inflammation (interstitial lung disease).** If it happens, riluzole is stopped.",
    ],
    common: [
      "Weakness or lack of energy (asthenia): about 19 in 100 people, against 12 in 100 on a dummy pill (placebo)",
      "Feeling sick (nausea)",
      "Dizziness",
      "Lower lung function",
      "Stomach pain",
      "With the film or the liquid: a numb feeling in the mouth (oral hypoesthesia); with the film, 38 in 100 people",
      "With the film or the liquid: high blood pressure",
    ],
  },
  monitoring: [
    "**Before you start:** a blood test of your liver (liver enzymes, called aminotransferases). Riluzole is not advised if these are already more than 5 times the normal level.",
    "**While you take it:** more liver blood tests. The label asks doctors to check for signs of liver injury every month for the first 3 months, then from time to time. In studies, the largest rises in liver enzymes came within the first 3 months.",
    "**Any time:** tell your care team about a fever, a new cough or breathing problems.",
  ],
  timeline: [
    { date: "1995-12-12", event: "The FDA approves riluzole (Rilutek), the first drug for ALS." },
    { date: "2018-09", event: "The FDA approves a liquid form, Tiglutik." },
    { date: "2019-11", event: "The FDA approves a film that melts on the tongue, Exservan." },
  ],
  questions: [
    "Is riluzole right for me?",
    "Which form would suit me best: the tablet, the liquid (Tiglutik) or the film on the tongue (Exservan)?",
    "When will my liver blood tests be, and who will check the results?",
    "How can I fit a dose every 12 hours, away from meals, into my day?",
    "Which side effects should I look out for, and who should I call if I notice one?",
    "Can I take riluzole together with other ALS medicines?",
    "What will it cost me, and will my insurance pay for it?",
  ],
  sources: {
    whoItIsFor: ["rilutek-label"],
    howItWorks: ["rilutek-label"],
    howItIsGiven: ["rilutek-label", "tiglutik-label", "exservan-label"],
    evidence: ["hhs-rilutek-approval-1995"],
    sideEffects: ["rilutek-label", "exservan-label", "tiglutik-label"],
    monitoring: ["rilutek-label"],
    status: ["hhs-rilutek-approval-1995", "tiglutik-label", "exservan-label"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Added the label's warnings, its most common side effects and the liver blood tests needed before and during treatment. The page used to say that no test is needed first and that no side effects were reported: both were wrong.",
    },
    { date: "2026-12-02", change: "Corrected the survival benefit to about three months on average, as the FDA stated it in 1995." },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
