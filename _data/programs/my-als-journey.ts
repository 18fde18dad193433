import { defineProgram } from "../../src/model/schemas/program.ts";

export default defineProgram({
  name: "My ALS Journey",
  runBy: "The ALS Association",
  started: "Spring 2023",
  summary:
    "My ALS Journey is a website the ALS Association launched in spring 2023. You make a personal profile. It then shows you information, articles and checklists to help you plan ahead.",
  whoItIsFor: "People living with ALS who want information and planning help that fits their own situation.",
  whatItDoes:
    "It is a website where you set up a personal profile. It then shows you information that fits you, with articles and checklists to help you plan as the disease changes.",
  results: "By the end of 2023, more than 4,500 people from all 50 US states and 76 countries had used it.",
  sources: {
    about: ["als-2023-year-in-review"],
    whoItIsFor: ["als-2023-year-in-review"],
    whatItDoes: ["als-2023-year-in-review"],
    results: ["als-2023-year-in-review"],
  },
  changes: [
    {
      date: "2026-12-02",
      change: "Removed sign-up advice and a claim about how it was made that no source we could check gives.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
