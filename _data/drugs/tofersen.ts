import { defineDrug } from "../../src/model/schemas/drug.ts";

export default defineDrug({
  genericName: "Tofersen",
  brandNames: ["Qalsody"],
  developer: "Biogen, which developed it with Ionis",
  summary:
    "Tofersen (Qalsody) is approved for adults whose ALS is caused by a change in the SOD1 gene, so a genetic test comes first. It was approved in the United States in April 2023. It is not a cure.",
  status: "approved",
  approvedBy: "US Food and Drug Administration (FDA)",
  approvedOn: "2023-04-25",
  whoItIsFor:
    "Tofersen is approved for adults with ALS who have a change (mutation) in the SOD1 gene. This form of ALS is called SOD1-ALS. It makes up about 2% of ALS. At approval, Biogen put the number of people in the US with it at about 330.\n\n**How to ask:** ask your neurologist or ALS clinic about genetic testing first. If the test finds a SOD1 change, ask whether tofersen is right for you and where you could have it.",
  howItWorks:
    "In SOD1-ALS, a faulty SOD1 gene makes a harmful form of the SOD1 protein. This protein damages the nerve cells that control muscles (motor neurons).\n\nThe cell reads the gene's instructions from a message molecule (messenger RNA). Tofersen is an antisense oligonucleotide (ASO): it sticks to the SOD1 messenger RNA so that the message is broken down. The cell then makes less SOD1 protein.",
  howItIsGiven: {
    route:
      "An injection into the fluid around the spinal cord (intrathecal), through a spinal tap (lumbar puncture) in the lower back.",
    dose: "100 mg (15 mL) each time.",
    schedule: "Three starting doses (loading doses), 14 days apart. After that, one dose every 28 days.",
    whoGivesIt: "A health professional who is experienced in spinal taps.",
  },
  evidence:
    "**Why it was approved.** The FDA gave tofersen accelerated approval because it lowered a blood marker of nerve damage, neurofilament light chain (NfL), in the liquid part of the blood (plasma). It was the first ALS treatment approved this way. Whether it stays approved may depend on a further trial that confirms it helps people (a confirmatory trial). That trial is called ATLAS: it includes people who have the SOD1 change but no symptoms yet.\n\n**The first trial.** The first trial lasted 28 weeks. It did not reach its main goal, which was to slow the loss of everyday function.\n\n**Longer follow-up.** A 2025 report followed people for up to 148 weeks. People who started tofersen early lost less function on the ALSFRS-R scale (9.9 points) than people who started 6 months later (13.5 points). The study was not designed to prove this difference.\n\n**Small studies in everyday care.** These had no comparison group (they were uncontrolled), so they cannot show how much tofersen helped:\n\n- **Washington University in St. Louis:** 7 people treated from November 2021, before the approval, to February 2024. NfL in the blood fell by about 58% on average. Their everyday-function score (ALSFRS-R) went up by 1.1 points on average, and a score of independence in daily life (the motor part of the Functional Independence Measure) by about 5 points. Several also had rehabilitation as outpatients.\n- **Italy:** of 17 people followed for at least 48 weeks, 9 stayed mostly stable or got slightly better, 4 got worse, and in the rest the disease moved too slowly to judge.\n- **Germany:** the ALS Association reports that 5 people in an early access program began to stay stable or improve after 4 to 6 weeks, and one gained 9 points on the ALSFRS-R.\n\nTofersen is not a cure.",
  sideEffects: {
    warnings: [
      "**Inflammation of the spinal cord (myelitis) or of the nerve roots (radiculitis).** In the studies, 6 people had this; 2 stopped tofersen. The symptoms went away in all 6.",
      "**Raised pressure inside the head (elevated intracranial pressure), with swelling at the back of the eye (papilledema).** 4 people had this in the studies, and it went away with treatment.",
      "**Inflammation of the lining of the brain and spinal cord without infection (aseptic or chemical meningitis).**",
    ],
    common: [
      "Pain, for example in the back, arms or legs",
      "Tiredness (fatigue)",
      "Joint pain",
      "More white blood cells in the spinal fluid",
      "Muscle pain",
    ],
    note: "Across the trials, about 7 in 100 people on the approved dose had one of the serious nerve problems above. All but one got better, and none died of them.",
  },
  monitoring: [
    "**Before you start:** a genetic test that confirms a change in the SOD1 gene.",
    "**During treatment:** your care team watches for signs of the serious nerve problems above, such as new weakness, numbness or pain, or a bad headache or changes in your sight. If one appears, they test for it and may pause or stop tofersen.",
    "Tell your care team at once about any of these signs, even between doses.",
  ],
  cost:
    "A week after approval, a Biogen spokesperson said the list price is $14,230 per dose. Biogen put the first year, with its 14 doses, at about $199,200. What you pay depends on your insurance: ask your care team and your insurer.",
  timeline: [
    { date: "2021-11", event: "Washington University in St. Louis starts treating the 7 people in its real-world report, before approval." },
    { date: "2023-04-25", event: "The FDA gives tofersen (Qalsody) accelerated approval for adults with SOD1-ALS." },
    { date: "2024-11-13", event: "The US label is updated (the newest version we checked)." },
    { date: "2025-01-09", event: "The Washington University results are published." },
    { date: "2025-12-22", event: "Long-term results from the trials are published." },
  ],
  questions: [
    "Should I have genetic testing to find out if I have a SOD1 change?",
    "Can I talk to a genetic counselor before and after the test?",
    "If I have a SOD1 change, how soon could I start tofersen, and where would the spinal taps be done?",
    "Which signs of spinal cord or nerve inflammation, or of raised pressure in the head, should I watch for, and who do I call?",
    "Will you measure my NfL levels to see how I am responding?",
    "Could relatives who have the SOD1 change but no symptoms ask about the ATLAS trial?",
  ],
  sources: {
    whoItIsFor: ["qalsody-label", "biogen-qalsody-approval", "bioworld-qalsody-approval"],
    howItWorks: ["qalsody-label"],
    howItIsGiven: ["qalsody-label"],
    evidence: [
      "qalsody-label",
      "biogen-qalsody-approval",
      "mgh-valor-summary",
      "als-2023-year-in-review",
      "miller-2025-long-term-tofersen",
      "smith-2025-tofersen-real-world",
      "sabatelli-tofersen-italy",
      "als-qalsody-results-post",
    ],
    sideEffects: ["qalsody-label", "lovett-2025-tofersen-safety"],
    monitoring: ["qalsody-label"],
    cost: ["biospace-qalsody-price"],
    status: ["qalsody-label-2023", "qalsody-label", "smith-2025-tofersen-real-world", "miller-2025-long-term-tofersen"],
  },
  changes: [
    {
      date: "2026-12-02",
      change:
        "Added all the label's warnings: nerve-root inflammation (radiculitis), raised pressure inside the head (papilledema) and aseptic meningitis. The page used to list spinal cord inflammation (myelitis) only.",
    },
    {
      date: "2026-12-02",
      change:
        "Corrected the Italian study: people were followed for at least 48 weeks, not four years, and 4 of the 17 got worse. The Washington University treatment began in November 2021, before approval; its paper was published in January 2025.",
    },
    { date: "2026-12-02", change: "Said plainly that tofersen is not a cure, and named the source of the list price." },
  ],
  lastReviewed: "2026-12-02",
  nextReview: "2027-06-02",
});
