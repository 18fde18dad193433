import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "Riluzole",
  brandNames: ["Rilutek", "Tiglutik", "Exservan"],
  summary:
    "Riluzole was the first medicine approved for ALS in the United States, in 1995. It is taken by mouth and may help people live about 2 to 3 months longer.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "1995-12-12",
  whoItIsFor:
    "People with ALS. Our sources do not limit it to one type of ALS.\n\n**How to ask:** tell your neurologist or ALS clinic that you would like to talk about riluzole. Ask whether it suits you, and which form would be easiest for you: a tablet, a liquid or a film that melts on the tongue.",
  testsFirst:
    "Our sources do not name any test you must have before starting riluzole. Ask your care team whether they want to do any checks first.",
  howItWorks:
    "Nerve cells pass messages to each other using chemical messengers. One of these, glutamate, is thought to harm nerve cells. Riluzole lowers the amount of glutamate that is released.",
  howItIsGiven: {
    route:
      "By mouth. It comes as a tablet (Rilutek), a liquid (Tiglutik) or a thin film that dissolves on the tongue (Exservan).",
    dose: "The usual dose is 50 mg.",
    schedule: "Every 12 hours.",
    whoGivesIt: "You take it yourself.",
  },
  evidence:
    "Riluzole may help people live about 2 to 3 months longer. It does not stop or cure ALS: there is no cure yet.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources. Ask your care team or pharmacist what to look out for.",
  },
  cost: "Our sources give no price for this drug.",
  timeline: [
    { date: "1995-12-12", event: "The FDA approves riluzole (Rilutek), the first drug for ALS." },
    { date: "2018", event: "A liquid form, Tiglutik, becomes available." },
    { date: "2019", event: "A film that dissolves on the tongue, Exservan, becomes available." },
  ],
  questions: [
    "Is riluzole right for me?",
    "Which form would suit me best: the tablet, the liquid (Tiglutik) or the film on the tongue (Exservan)?",
    "How can I fit a dose every 12 hours into my day?",
    "Which side effects should I look out for, and who should I call if I notice one?",
    "Can I take riluzole together with other ALS medicines?",
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
      title: "FDA approval release for riluzole (Rilutek)",
      publisher: "US Food and Drug Administration (FDA)",
      citation: "FDA release announcing the approval of riluzole for ALS, December 1995.",
      date: "1995",
    },
    {
      title: "Product labels for Rilutek, Tiglutik and Exservan",
      publisher: "The makers of each product",
      citation:
        "US product labels (prescribing information). Our sources give no label dates; the date shown is the year of the overview that summed them up.",
      date: "2025",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
