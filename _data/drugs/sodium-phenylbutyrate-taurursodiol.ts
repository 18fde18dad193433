import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "Sodium phenylbutyrate and taurursodiol",
  brandNames: ["Relyvrio"],
  otherNames: ["AMX0035", "Albrioza (in Canada)"],
  developer: "Amylyx Pharmaceuticals",
  summary:
    "Relyvrio was approved for ALS in the United States in 2022. Then a large trial found it did no better than a dummy treatment (placebo). In April 2024 its maker said it would take it off the market, and new patients can no longer start it.",
  status: "withdrawn",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2022-09-29",
  withdrawnOn: "2024-04-04",
  whoItIsFor:
    "New patients can no longer start it in the United States or Canada (since April 4, 2024). When it was withdrawn, people already taking it could, with their doctor, move to a free drug program. We have not found a source on whether that program still runs.\n\n**How to ask:** if you take it now or took it before, ask your neurologist or ALS clinic what to do next and which other options fit you.",
  howItWorks:
    "It combines two substances: sodium phenylbutyrate and taurursodiol (a bile acid). The sources we checked do not explain how it was meant to work in ALS.",
  howItIsGiven: {
    route: "By mouth or through a feeding tube: a powder stirred into 8 ounces (about 240 mL) of room-temperature water.",
    dose: "One packet (3 grams of sodium phenylbutyrate and 1 gram of taurursodiol).",
    schedule: "Once a day for the first 3 weeks, then twice a day, before a snack or meal.",
  },
  evidence:
    "**Why it was approved.** In a 24-week trial of 137 adults (CENTAUR), people on Relyvrio lost everyday function more slowly than people on placebo: by about 0.42 points a month on the ALSFRS-R scale.\n\n**The larger trial.** PHOENIX, a Phase 3 trial of 664 adults, missed its main goal: Relyvrio did no better than placebo (p = 0.667). The results were announced on March 8, 2024.",
  sideEffects: {
    warnings: [
      "**Worse diarrhea in people with bile acid problems.** Relyvrio contains taurursodiol, a bile acid. People with disorders that affect how bile acids move between the liver and the gut may get worse diarrhea.",
      "**A lot of salt.** One packet has 464 mg of sodium; two packets a day have 928 mg. This matters for people with heart failure, high blood pressure or kidney problems.",
    ],
    common: [
      "Diarrhea: 25 in 100 people, against 19 in 100 on placebo",
      "Stomach pain: 21 in 100, against 13 in 100",
      "Feeling sick (nausea): 18 in 100, against 13 in 100",
      "Colds and other upper airway infections: 18 in 100, against 10 in 100",
      "Tiredness (fatigue), more spit (saliva) and dizziness",
    ],
    note: "Stomach and gut side effects were most common in the first 3 weeks.",
  },
  monitoring: [
    "If you have heart failure, high blood pressure or kidney problems, the label asks your care team to count the salt in each dose and watch you closely.",
    "If you have a disorder of bile acid circulation, your care team watches for worse diarrhea.",
  ],
  cost: "The day after approval, Amylyx set the list price at about $158,000 a year.",
  timeline: [
    { date: "2022-09-29", event: "The FDA approves Relyvrio for ALS." },
    { date: "2024-03-08", event: "Amylyx announces that the PHOENIX trial missed its main goal." },
    { date: "2024-04-04", event: "Amylyx announces it will withdraw Relyvrio; new patients can no longer start it." },
  ],
  questions: [
    "I take Relyvrio, or took it before: what should I do now?",
    "Can I still get it through the free drug program, and for how long?",
    "Which approved treatments fit me now?",
  ],
  sources: {
    whoItIsFor: ["amylyx-withdrawal"],
    howItWorks: ["fda-relyvrio-approval", "relyvrio-label"],
    howItIsGiven: ["fda-relyvrio-approval"],
    evidence: ["fda-relyvrio-approval", "centaur-cjns-2022", "amylyx-phoenix-topline"],
    sideEffects: ["relyvrio-label", "relyvrio-safety-page"],
    monitoring: ["relyvrio-label"],
    cost: ["boston-globe-relyvrio-price"],
    status: ["fda-relyvrio-approval", "amylyx-phoenix-topline", "amylyx-withdrawal"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Added the label's warnings and most common side effects, its dose and how it is given. The page used to say no side effects were reported and that the sources give no dose.",
    },
    {
      date: "2026-12-02",
      change:
        "Corrected the withdrawal: on April 4, 2024, Amylyx announced it would withdraw Relyvrio. Removed two PHOENIX figures that no source we checked gives.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
