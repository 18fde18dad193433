import { defineProgram } from "../../src/model/schemas/program.ts";

export default defineProgram({
  name: "ALS Focus",
  runBy: "The ALS Association",
  started: "The sources give no start date. It grew out of an earlier survey, IMPACT ALS.",
  summary:
    "ALS Focus is a survey program made by and for people with ALS and their caregivers. What they share helps improve how new medicines are tested, shows where care falls short and guides policy.",
  whoItIsFor:
    "People living with ALS, and people who care or cared for someone with ALS. A person with ALS can have someone else answer for them (a proxy). To take part you must be 18 or older, live in the United States, and read and understand English.",
  whatItDoes:
    "It runs surveys about what living with ALS, or caring for someone with it, is really like: experiences, wishes and problems. The answers are used to:\n\n- improve how new ALS treatments are developed and tested\n- show what ALS policy needs to change\n- close gaps in ALS care\n\nALS Focus is a research study. An ethics board (an institutional review board) checked its methods and found it carries no more than minimal risk.",
  results:
    "ALS Focus grew out of the US Food and Drug Administration's (FDA's) work on patients' views of new drugs, and out of an earlier survey called IMPACT ALS. More than 1,500 people across the US took part in IMPACT ALS. Its answers helped shape a report on the views of people with ALS that went to the FDA in October 2019. The ALS Roundtable Program has also used ALS Focus surveys.",
  howToTakePart:
    "You sign up online with your email address, agree to take part (informed consent) and fill in a short survey about yourself. New surveys then come to you by email. The \"About ALS Focus\" page has the link to start.",
  website: "https://www.als.org/research/als-focus/als-focus-structure",
  sources: {
    about: ["als-focus-about"],
    whoItIsFor: ["als-focus-about", "als-focus-methodology"],
    whatItDoes: ["als-focus-about"],
    results: ["als-focus-about", "als-roundtable-post"],
    howToTakePart: ["als-focus-methodology", "als-focus-about"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Corrected where ALS Focus came from: the FDA's patient-focused drug development work and the IMPACT ALS survey, not the roundtable. Added who can take part and how to sign up.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
