import { defineProgram } from "../../src/_config/schemas/program.ts";

export default defineProgram({
  name: "ALS Focus",
  runBy: "The ALS Association",
  started: "Grew out of the roundtable program (the sources give no exact date)",
  summary:
    "ALS Focus is a survey program led by people with ALS and caregivers. What they share is used to improve care, clinical trials, the search for new treatments and insurance decisions.",
  whoItIsFor:
    "People living with ALS and caregivers, including people who cared for someone with ALS in the past.",
  whatItDoes:
    "It runs surveys, and people with ALS and caregivers help lead it. The findings are used to:\n\n- strengthen care\n- speed up the development of new treatments (therapies)\n- improve clinical trials\n- inform decisions about what insurance covers",
  results: "Our sources give no numbers for ALS Focus yet.",
  howToTakePart: "Our sources do not give sign-up details. You can ask the ALS Association about current ALS Focus surveys.",
  sources: [
    {
      title: "ALS Roundtable Program post",
      publisher: "The ALS Association",
      citation: "ALS Association post on the ALS Roundtable Program and the programs that grew out of it, 2023.",
      date: "2023",
    },
    {
      title: "2023 year in review",
      publisher: "The ALS Association",
      citation: "ALS Association 2023 year in review.",
      date: "2023",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
