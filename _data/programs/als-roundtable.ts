import { defineProgram } from "../../src/_config/schemas/program.ts";

export default defineProgram({
  name: "ALS Roundtable Program",
  runBy: "The ALS Association",
  started: "2019",
  summary:
    "Since 2019, the ALS Association has brought people with ALS, caregivers, doctors, researchers, companies and government officials together each spring and fall. Each meeting tackles one big problem and suggests ways to fix it.",
  whoItIsFor:
    "People living with ALS, caregivers, clinicians (doctors and other care staff), researchers from universities, people from industry and officials from government agencies.",
  whatItDoes:
    "It holds guided (facilitated) meetings twice a year, in spring and fall. Each meeting looks at one major challenge in ALS and recommends solutions. Experts then help sharpen those ideas and put them into practice.",
  results:
    "Ideas from the roundtable grew into several programs: ALS Focus, thinkALS, My ALS Journey and the genetic testing information and education campaign. For example, thinkALS came from the roundtable's finding that faster diagnosis is critical. Our sources give no other numbers.",
  howToTakePart: "Our sources do not say how to take part. You can ask the ALS Association.",
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
