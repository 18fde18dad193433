import { defineProgram } from "../../src/_config/schemas/program.ts";

export default defineProgram({
  name: "My ALS Journey",
  runBy: "The ALS Association",
  started: "Spring 2023",
  summary:
    "My ALS Journey is a website made together with the ALS community and launched in spring 2023. It gives you a personal profile with information, articles and checklists to help you plan ahead as ALS changes.",
  whoItIsFor: "People affected by ALS who want information and planning help suited to them.",
  whatItDoes:
    "It is a web platform where you set up a personal profile. It then shows information that fits you, along with articles and checklists to help you plan as the disease moves on.",
  results:
    "By the end of 2023, more than 4,500 people from all 50 US states and 76 countries had used it.",
  howToTakePart: "It is a website. Our sources do not give sign-up details; you can ask the ALS Association how to start.",
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
