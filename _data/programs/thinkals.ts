import { defineProgram } from "../../src/model/schemas/program.ts";

export default defineProgram({
  name: "thinkALS",
  runBy: "The ALS Association",
  started: "The sources give no start date. The ALS Association announced it in December 2024.",
  summary:
    "thinkALS is a guide for doctors who are not ALS experts. It helps them think of ALS sooner and send people to an ALS clinic faster.",
  whoItIsFor:
    "Doctors and other health professionals who are not ALS specialists. It is a guide, not a test: it cannot tell whether someone has ALS.",
  whatItDoes:
    "It helps a doctor notice the signs that should make them suspect ALS, and then refer the person to a specialist ALS clinic. It asks doctors to write \"clinical suspicion for ALS\" on the referral. Most ALS centers in the US can see an urgent referral within two weeks.",
  results:
    "The need for thinkALS came from an ALS Association roundtable on cutting the time to a diagnosis.\n\nResearch led by the ALS Association used US Medicare records from 2011 to 2021. From the first visit, ALS and nerve-muscle specialists took 9.6 months on average to make a diagnosis (half of people waited 4.5 months or less). Neurologists who were not ALS specialists took 16.7 months on average (half waited 9 months or less). The sources give no numbers on how much thinkALS has been used.",
  howToTakePart:
    "It is meant for health professionals. If you are worried about possible signs of ALS, you could tell your own doctor about thinkALS.",
  sources: {
    about: ["als-thinkals-release"],
    whoItIsFor: ["als-thinkals-release", "alsnetwork-thinkals"],
    whatItDoes: ["als-thinkals-release", "alsnetwork-thinkals"],
    results: ["als-roundtable-post", "alsnetwork-thinkals", "als-thinkals-release"],
    howToTakePart: ["als-thinkals-release"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Added the time-to-diagnosis figures from the ALS Association's December 2024 release; removed a detail about finding clinics by ZIP code that no source we could check gives.",
    },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
