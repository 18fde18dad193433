import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "Sodium phenylbutyrate and taurursodiol",
  brandNames: ["Relyvrio"],
  otherNames: ["AMX0035"],
  developer: "Amylyx Pharmaceuticals",
  summary:
    "Relyvrio was approved for ALS in the United States in 2022, but a large trial found it worked no better than a dummy treatment (placebo). Its maker took it off the US and Canadian markets in April 2024.",
  status: "withdrawn",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2022-09-29",
  withdrawnOn: "2024-04-04",
  whoItIsFor:
    "It is no longer sold in the United States or Canada. Before that, it was approved in the US for people with ALS. People who were already taking it when it was withdrawn were offered it free of charge.\n\n**How to ask:** if you take it now or took it before, ask your neurologist or ALS clinic what to do next and which other options fit you.",
  testsFirst:
    "It is no longer sold, so there are no tests to plan for. Our sources name no test that was needed before starting it.",
  howItWorks:
    "It is a powder taken by mouth. It was thought to protect nerve cells by easing stress in two parts of the cell: the endoplasmic reticulum, where many proteins are made, and the mitochondria, which make the cell's energy.",
  howItIsGiven: {
    route: "By mouth, as a powder.",
    dose: "Our sources give no dose. The drug is no longer sold.",
    schedule: "Our sources give no schedule.",
  },
  evidence:
    "The large Phase 3 trial, called PHOENIX, had 664 people. It found no benefit compared with a placebo.\n\nOn the ALSFRS-R scale, scores changed by -14.98 points with the drug and -15.32 points with the placebo. This small gap could easily be down to chance (p = 0.667). The results were announced on 8 March 2024.",
  sideEffects: {
    common: [],
    serious: [],
    note: "Side effects are not yet reported in our sources.",
  },
  cost:
    "Before it was withdrawn, it cost about $158,000 a year. People already taking it when it was withdrawn were offered it free.",
  timeline: [
    { date: "2022-09-29", event: "The FDA approves Relyvrio for ALS." },
    { date: "2024-03-08", event: "Results of the PHOENIX trial are announced: no benefit over placebo." },
    { date: "2024-04-04", event: "Amylyx announces it is withdrawing Relyvrio from the US and Canadian markets." },
  ],
  questions: [
    "I took Relyvrio. Should I keep taking it, and how do I keep getting the free supply?",
    "Now that it has been withdrawn, which approved treatments could I use instead?",
    "Are there clinical trials I could join?",
    "Should I have genetic testing to see whether a treatment such as tofersen could fit me?",
  ],
  sources: [
    {
      title: "ALS drug-landscape overview",
      publisher: "Not named in our sources",
      citation: "Overview of approved, withdrawn and experimental ALS drugs, 2025.",
      date: "2025",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
