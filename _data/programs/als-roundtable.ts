import { defineProgram } from "../../src/model/schemas/program.ts";

export default defineProgram({
  name: "ALS Roundtable Program",
  runBy: "The ALS Association",
  started: "2019",
  summary:
    "Since 2019, the ALS Association has brought the whole ALS community to one table, each spring and fall. People with ALS, caregivers, doctors and others take part. Each meeting takes on one big problem and suggests ways to fix it.",
  whoItIsFor:
    "People living with ALS, caregivers, clinicians (doctors and other care staff), researchers from universities, people from industry and officials from government agencies all take part.",
  whatItDoes:
    "It holds guided (facilitated) meetings twice a year, in spring and fall. Each meeting looks at one major challenge in ALS and recommends solutions. The ALS Association then works with experts to sharpen those ideas and put them into practice.\n\nThe meetings also help set the Association's plans on clinical trials, on how new medicines are reviewed and reached, and on how ALS treatments are paid for.",
  results:
    "The ALS Association's post on the roundtable links four programs to its talks:\n\n- **thinkALS**, a guide for doctors, made after roundtable members said that cutting the time to a diagnosis was critical\n- **ALS Focus**, whose surveys the roundtable used (ALS Focus itself began earlier, from other work)\n- **My ALS Journey**, a planning website\n- the **genetic testing** information campaign\n\nThe sources give no other numbers.",
  howToTakePart: "The program's page does not say how to join a meeting. You can contact the ALS Association to ask.",
  sources: {
    about: ["als-roundtable-post", "als-roundtable-program"],
    whoItIsFor: ["als-roundtable-post"],
    whatItDoes: ["als-roundtable-post", "als-roundtable-program"],
    results: ["als-roundtable-post", "als-focus-about"],
    howToTakePart: ["als-roundtable-program"],
  },
  changes: [
    {
      date: "2026-12-02",
      change: "Corrected how ALS Focus is linked to the roundtable: the roundtable used ALS Focus surveys; ALS Focus did not grow out of it.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
