import { defineGlossary } from "../src/model/schemas/glossary.ts";

export default defineGlossary([
  {
    term: "Accelerated approval",
    definition:
      "A faster way for the US Food and Drug Administration (FDA) to approve a drug for a serious illness. The approval can rest on an early sign that the drug may help, such as a change in a blood test, and the company must then run another trial to confirm the benefit.",
  },
  {
    term: "ALS Functional Rating Scale – Revised",
    abbreviation: "ALSFRS-R",
    definition:
      "A questionnaire used to score how well a person with ALS manages everyday tasks such as speaking, swallowing, writing, walking and breathing. A falling score means more loss of function.",
  },
  {
    term: "Amyotrophic lateral sclerosis",
    abbreviation: "ALS",
    also: ["Lou Gehrig's disease"],
    definition:
      "A disease that slowly damages the nerve cells in the brain and spinal cord that control the muscles (motor neurons). Over time, people lose control of their muscles. There is no cure yet.",
  },
  {
    term: "Antisense oligonucleotide",
    abbreviation: "ASO",
    definition:
      "A short, man-made strand of genetic material built to stick to one particular message molecule (messenger RNA) in the cell. This can stop the cell from using that message to make a harmful protein.",
  },
  {
    term: "Confirmatory trial",
    definition:
      "A study run after a drug has had accelerated approval, to check that it really helps people. If the benefit is not confirmed, the approval can be taken back.",
  },
  {
    term: "Endoplasmic reticulum",
    definition:
      "A network of folded membranes inside a cell where many proteins are made and shaped. When it is overloaded, the cell comes under stress.",
  },
  {
    term: "Free radicals",
    definition:
      "Unstable molecules that form naturally in the body, for example when cells make energy. In large numbers they can damage cells.",
  },
  {
    term: "Functional Independence Measure",
    abbreviation: "FIM",
    definition:
      "A scoring tool that shows how much help a person needs with daily activities. Its motor part covers things like eating, washing, dressing and moving around; a higher score means the person can do more on their own.",
  },
  {
    term: "FUS-ALS",
    definition: "A form of ALS caused by a change (mutation) in a gene called FUS. It is one of the genetic forms of ALS.",
  },
  {
    term: "Genetic counseling",
    also: ["Genetic counselling"],
    definition:
      "Talks with a trained specialist who explains what a genetic test can and cannot show. They help you and your family understand the result and what it may mean for relatives.",
  },
  {
    term: "Glutamate",
    definition:
      "A chemical messenger that nerve cells use to pass signals to each other. Too much of it can overexcite nerve cells and harm them.",
  },
  {
    term: "Intrathecal",
    definition:
      "Given into the fluid that surrounds the brain and spinal cord (the cerebrospinal fluid), usually through a spinal tap (lumbar puncture).",
  },
  {
    term: "Lumbar puncture",
    also: ["Spinal tap"],
    definition:
      "A procedure in which a thin needle is put between two bones in the lower back to take out, or inject into, the fluid around the spinal cord.",
  },
  {
    term: "Mitochondria",
    definition:
      "Tiny parts inside cells that turn food and oxygen into energy the cell can use. They are often called the cell's power stations.",
  },
  {
    term: "Multidisciplinary clinic",
    definition:
      "A clinic where a team of different specialists, such as doctors, nurses, therapists and dietitians, work together and can see a person during one visit.",
  },
  {
    term: "Myelitis",
    definition:
      "Swelling and irritation (inflammation) of the spinal cord. It can cause weakness, numbness or pain, and needs prompt medical attention.",
  },
  {
    term: "Neurofilament light chain",
    abbreviation: "NfL",
    definition:
      "A protein from inside nerve cells. When nerve cells are damaged it leaks out and can be measured in blood or spinal fluid, so it is used as a marker of nerve damage.",
  },
  {
    term: "Oxidative stress",
    definition:
      "Damage that happens when the body has more free radicals than it can clear away. It can harm cells, including nerve cells.",
  },
  {
    term: "Phase 3",
    also: ["Phase III"],
    definition:
      "A large trial, usually one of the last steps before a treatment can be approved. It tests whether the treatment works and is safe in many people, often by comparing it with a placebo or the usual care.",
  },
  {
    term: "Placebo",
    definition:
      "A dummy treatment that looks like the real one but has no active medicine in it. Trials compare a drug with a placebo to see whether the drug itself makes a difference.",
  },
  {
    term: "SOD1-ALS",
    definition:
      "A form of ALS caused by a change (mutation) in the SOD1 gene. The change makes a harmful form of the SOD1 protein that damages the nerve cells that control muscles.",
  },
  {
    term: "Superoxide dismutase 1",
    abbreviation: "SOD1",
    definition:
      "A gene, and the protein it makes. The protein normally helps clear free radicals from cells; some changes in the gene cause SOD1-ALS.",
  },
]);
