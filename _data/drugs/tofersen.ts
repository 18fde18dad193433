import { defineDrug } from "../../src/_config/schemas/drug.ts";

export default defineDrug({
  genericName: "Tofersen",
  brandNames: ["Qalsody"],
  developer: "Biogen",
  summary:
    "Tofersen (Qalsody) is only for adults whose ALS is caused by a change in the SOD1 gene, so a genetic test comes first. It was approved in the United States in April 2023, and starting it earlier seems to help more.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2023-04-25",
  whoItIsFor:
    "Only adults with ALS who have a confirmed change (mutation) in the SOD1 gene. This form of ALS is called SOD1-ALS. It makes up about 2% of ALS cases in the United States; Biogen put the number of people in the US with it at about 330.\n\n**How to ask:** ask your neurologist or ALS clinic about genetic testing first. If the test finds a SOD1 change, ask whether tofersen is right for you and where you could have it. Timing matters: in follow-up studies, people who started tofersen earlier lost function, breathing and strength more slowly.",
  testsFirst:
    "**Genetic testing** comes first. Tofersen is only for people with a confirmed SOD1 change, and a genetic test is how that is found. Genetic counselling can help you and your family understand what a result means. Testing early can shorten the time to a diagnosis and to treatments and clinical trials.",
  howItWorks:
    "In SOD1-ALS, a faulty SOD1 gene makes a harmful (toxic) form of the SOD1 protein. This protein damages the nerve cells that control muscles (motor neurons).\n\nThe cell reads the gene's instructions from a message molecule (messenger RNA). Tofersen is an antisense oligonucleotide (ASO): it sticks to the SOD1 messenger RNA so that the message is broken down. The cell then makes less of the harmful protein.",
  howItIsGiven: {
    route:
      "An injection into the fluid around the spinal cord (intrathecal), through a spinal tap (lumbar puncture) in the lower back.",
    dose: "100 mg each time.",
    schedule: "Three starting doses (loading doses), 14 days apart. After that, one dose every 28 days.",
    whoGivesIt: "A health professional.",
  },
  evidence:
    "**Why it was approved.** The FDA gave tofersen accelerated approval because it lowered a blood marker of nerve damage, neurofilament light chain (NfL), in the liquid part of the blood (plasma). It was the first ALS treatment approved this way. It was also the second ALS approval in less than a year, and the third in six years.\n\n**The first trial.** The first trial lasted 28 weeks. It did not reach its main goal, which was to slow the loss of everyday function. Follow-up showed that people who started tofersen earlier had a slower decline in function, breathing and strength.\n\n**The trial still going on.** ATLAS is the confirmatory trial. It includes people who have the SOD1 change but no symptoms yet.\n\n**Results in everyday care (real-world results).**\n\n- **Washington University in St. Louis:** 7 people with SOD1-ALS were treated between November 2021 and February 2024. All of them had large drops in NfL that lasted. Their disease was estimated to be moving 52% more slowly than expected. Muscle strength got better in 5 of the 7. On average they gained a little more than 5 points on the motor score of the Functional Independence Measure.\n- **Italy:** of 17 people treated for at least four years, 9 stayed stable or got slightly better, and in 4 the disease moved too slowly to measure a change.\n- **Germany:** 5 people in an early access program began to stay stable or improve after 4 to 6 weeks. One of them gained 9 points on the ALSFRS-R.\n\n**Where it came from.** The ALS Association first funded the antisense research behind tofersen about 20 years earlier.",
  sideEffects: {
    common: [
      "Pain in the back, arms or legs",
      "Tiredness",
      "Joint pain",
      "Muscle pain",
      "More white blood cells in the spinal fluid",
    ],
    serious: ["Swelling and irritation (inflammation) of the spinal cord, called myelitis, has been reported"],
    note: "Ask your care team which signs to look out for and who to call if you notice one.",
  },
  cost:
    "At approval, the list price was about $14,230 per dose. That comes to nearly $200,000 for the first year. Ask your care team and your insurer what you would pay.",
  timeline: [
    { date: "2021-11", event: "Washington University in St. Louis begins the period covered by its real-world report (7 people, to February 2024)." },
    { date: "2023-04-25", event: "The FDA gives tofersen (Qalsody) accelerated approval for adults with SOD1-ALS." },
    { date: "2024-02", event: "End of the period covered by the Washington University real-world report." },
  ],
  questions: [
    "Should I have genetic testing to find out if I have a SOD1 change?",
    "Can I talk to a genetic counsellor before and after the test?",
    "If I have a SOD1 change, how soon could I start tofersen, and where would the spinal taps be done?",
    "How will you watch for side effects such as inflammation of the spinal cord (myelitis)?",
    "Will you measure my NfL levels to see how I am responding?",
    "Could relatives who have the SOD1 change but no symptoms ask about the ATLAS trial?",
  ],
  sources: [
    {
      title: "2023 year in review",
      publisher: "The ALS Association",
      citation: "ALS Association 2023 year in review.",
      date: "2023",
    },
    {
      title: "ALS drug-landscape overview",
      publisher: "Not named in our sources",
      citation: "Overview of approved and experimental ALS drugs, 2025.",
      date: "2025",
    },
    {
      title: "Product label for Qalsody (tofersen)",
      publisher: "Biogen",
      citation:
        "US product label (prescribing information). Our sources give no label date; the date shown is the year of the overview that summed it up.",
      date: "2025",
    },
    {
      title: "Functional improvement with tofersen in the real world",
      publisher: "Not named in our sources",
      citation: "Post on functional improvement with tofersen, covering the Washington University, Italian and German results, 2024.",
      date: "2024",
    },
    {
      title: "Real-world tofersen results at Washington University in St. Louis",
      publisher: "Annals of Clinical and Translational Neurology",
      citation:
        "Paper in Annals of Clinical and Translational Neurology on 7 people treated November 2021 to February 2024. Our sources give no publication date; the date shown is the year of the post that reported it.",
      date: "2024",
    },
    {
      title: "Biogen's approval release for Qalsody (tofersen)",
      publisher: "Biogen",
      citation: "Biogen news release on the FDA approval of tofersen, 2023.",
      date: "2023",
    },
  ],
  lastReviewed: "2026-11-21",
  nextReview: "2027-05-21",
});
