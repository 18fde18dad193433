import { defineProgram } from "../../src/_config/schemas/program.ts";

export default defineProgram({
  name: "Genetic testing information and education",
  runBy: "The ALS Association",
  started: "Grew out of the roundtable program (the sources give no exact date)",
  summary:
    "A campaign that explains genetic testing and genetic counselling, so people can make informed choices about them. Genetic testing can shorten the time to a diagnosis and to treatments and clinical trials, such as tofersen for SOD1-ALS.",
  whoItIsFor: "People living with ALS, and anyone deciding whether to have genetic testing or counselling.",
  whatItDoes:
    "It shares clear information about genetic testing and genetic counselling through:\n\n- web pages\n- blog stories\n- emails\n- podcasts\n- videos\n- social media\n\nThe aim is to help people make informed decisions. Testing early matters: it can shorten the time to a diagnosis and to treatments and clinical trials. For example, tofersen is only for people with SOD1-ALS, and a genetic test is how the SOD1 change is found.",
  results: "Our sources give no numbers for this campaign yet.",
  howToTakePart: "Ask your neurologist or ALS clinic about genetic testing and genetic counselling. You can also ask the ALS Association for its genetic testing information.",
  relatedDrugs: ["tofersen"],
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
