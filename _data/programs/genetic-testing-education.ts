import { defineProgram } from "../../src/model/schemas/program.ts";

export default defineProgram({
  name: "Genetic testing information and education",
  runBy: "The ALS Association",
  started: "The sources give no start date.",
  summary:
    "A campaign that explains genetic testing and genetic counseling. It helps people make their own informed choices. A test can show whether a gene-based treatment, such as tofersen, might be an option.",
  whoItIsFor: "People living with ALS, their families, and anyone deciding whether to have genetic testing or counseling.",
  whatItDoes:
    "It shares clear information about genetic testing and genetic counseling through web pages, blog stories, emails, podcasts, videos and social media. The aim is to help people make informed decisions.\n\nWhat the ALS Association says about testing:\n\n- Genetic testing is now an option for anyone who has been diagnosed with ALS, not only for people with ALS in the family.\n- More than 40 genes are linked to ALS. About 2 in 3 people whose ALS runs in the family (familial ALS) have a change in one of them. So do about 1 in 10 people with no family history of ALS (sporadic ALS).\n- If a person with ALS has such a change, relatives can choose to be tested too. That choice is best talked through with a genetic counselor.",
  results: "The sources give no numbers for this campaign yet.",
  howToTakePart:
    "Ask your neurologist or ALS clinic about genetic testing and genetic counseling. The ALS Association's genetic testing page explains more.",
  relatedDrugs: ["tofersen"],
  website: "https://www.als.org/understanding-als/who-gets-als/genetic-testing",
  sources: {
    about: ["als-roundtable-post"],
    whoItIsFor: ["als-roundtable-post", "als-genetic-testing"],
    whatItDoes: ["als-roundtable-post", "als-genetic-testing"],
    results: ["als-roundtable-post"],
    howToTakePart: ["als-genetic-testing"],
  },
  changes: [
    {
      date: "2026-12-02",
      change: "Added what the ALS Association says about who can be tested and how many people carry a gene change.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
