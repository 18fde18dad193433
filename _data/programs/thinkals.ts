import { defineProgram } from "../../src/_config/schemas/program.ts";

export default defineProgram({
  name: "thinkALS",
  runBy: "The ALS Association",
  started: "Grew out of the roundtable program (the sources give no exact date)",
  summary:
    "thinkALS is a guide for health professionals who are not ALS specialists. It helps them think of ALS sooner and send people on to a specialist ALS clinic.",
  whoItIsFor:
    "Doctors and other health professionals who do not specialise in ALS. It is not a tool for diagnosing ALS.",
  whatItDoes:
    "It covers:\n\n- the key clinical signs that should make a professional suspect ALS earlier\n- how to find the nearest multidisciplinary ALS clinic by ZIP code\n- how to write a referral\n\nIt is not a diagnostic tool: it cannot tell whether someone has ALS.",
  results:
    "thinkALS came from the roundtable's finding that a faster diagnosis is critical. Our sources give no numbers on how much it has been used.",
  howToTakePart:
    "It is meant for health professionals. If you are worried about possible signs of ALS, you could tell your own doctor about thinkALS.",
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
