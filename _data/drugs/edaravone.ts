import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "Edaravone",
  brandNames: ["Radicava", "Radicava ORS"],
  summary:
    "Edaravone (Radicava) was approved for ALS in the United States in 2017. In trials it slowed the loss of everyday function by 33%; it is given through a drip into a vein or, since 2022, as a liquid by mouth.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2017-05-05",
  whoItIsFor:
    "People with ALS. Our sources do not limit it to one type of ALS.\n\n**How to ask:** ask your neurologist or ALS clinic whether edaravone could help you, and whether the drip (IV) or the liquid you swallow (Radicava ORS) would suit you better.",
  testsFirst:
    "Our sources do not name any test you must have before starting edaravone. Ask your care team whether they want to do any checks first.",
  howItWorks:
    "Edaravone is an antioxidant. The body makes unstable molecules called free radicals. When there are too many, they cause a kind of damage called oxidative stress. Edaravone mops up (scavenges) free radicals to lower this stress.",
  howItIsGiven: {
    route:
      "Two ways: through a drip into a vein (an intravenous or IV infusion), or as a liquid swallowed or put through a feeding tube (Radicava ORS, an oral suspension).",
    dose: "By drip: 60 mg, given over 60 minutes. Our sources do not give the dose of the liquid (Radicava ORS); ask your care team.",
    schedule:
      "In cycles. First cycle: every day for 14 days, then 14 days off. Later cycles: on 10 days out of 14, then 14 days off.",
    whoGivesIt: "Our sources do not say. Ask your care team who gives it and where.",
  },
  evidence:
    "In trials, edaravone slowed the loss of everyday function by 33%. It does not stop or cure ALS: there is no cure yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources. Ask your care team or pharmacist what to look out for.",
  },
  cost: "Our sources give no price for this drug.",
  timeline: [
    { date: "2017-05-05", event: "The FDA approves edaravone (Radicava), given by drip into a vein." },
    { date: "2022-05", event: "The FDA approves Radicava ORS, a liquid taken by mouth or through a feeding tube." },
  ],
  questions: [
    "Is edaravone right for me?",
    "Would the drip (IV) or the liquid by mouth (Radicava ORS) suit me better?",
    "How would the 14-day cycles fit around my work, family and other care?",
    "If I have a feeding tube, or get one later, can I take the liquid through it?",
    "Can I take edaravone together with riluzole or other ALS medicines?",
    "What will it cost me, and will my insurance pay for it?",
  ],
  sources: [
    {
      title: "ALS drug-landscape overview",
      publisher: "Not named in our sources",
      citation: "Overview of approved and experimental ALS drugs, 2025.",
      date: "2025",
    },
    {
      title: "Product label for Radicava and Radicava ORS",
      publisher: "The maker of Radicava",
      citation:
        "US product label (prescribing information). Our sources give no label date; the date shown is the year of the overview that summed it up.",
      date: "2025",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
