/**
 * `npm run new -- post "Title"` (or `drug "Name"`, `program "Name"`): writes a new content file, filled
 * in as far as it can be, with today's date, and prints where it is. It never overwrites a file and opens
 * no editor.
 *
 * It never invents a fact: everything that must come from a source says "TODO: …" (or carries a
 * `// TODO` note, for dates and lists). `npm run check` and the build name every TODO left, so nothing
 * unfinished can be published, while `npm start` previews the page as it is being written.
 * A new post is a draft (`draft: true`), so it passes the check until it is published.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { slugify } from "../src/_config/filters/slugify.ts";
import { dataFolder, postsFolder, postUrl } from "../src/_config/paths.ts";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

export const contentKinds = ["post", "drug", "program"] as const;
export type ContentKind = (typeof contentKinds)[number];

/** A string literal for YAML or TypeScript (JSON strings are valid in both). */
const quote = (text: string) => JSON.stringify(text);

export function postTemplate(title: string, today: string): string {
  return `---
title: ${quote(title)}
date: ${quote(today)}
summary: "TODO: one or two sentences that sum the post up, shown in lists and feeds."
# tags: [research, drugs]
draft: true
---

TODO: write the post here, in plain words, instead of this paragraph. Link every fact to its source,
for example [the FDA's announcement](https://www.fda.gov/). Start each section with "## " and a heading.
When the post is ready and no TODO is left, change "draft: true" to "draft: false" to publish it.
`;
}

/** The end of a new drug or program file: one source to fill in, and the review dates. */
function sourcesAndReview(today: string, nextReview: string): string {
  return `  sources: [
    {
      title: "TODO: the title of the source",
      publisher: "TODO: who published it",
      citation: "TODO: a citation (or replace this line with url: \\"https://…\\")",
      date: ${quote(today.slice(0, 4))}, // TODO: when the source was published: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    },
  ],
  lastReviewed: ${quote(today)},
  nextReview: ${quote(nextReview)},
});
`;
}

export function drugTemplate(name: string, today: string, nextReview: string): string {
  return `import { defineDrug } from "../../src/_config/schemas/drug.ts";

// Every fact on this page must come from a source listed under "sources" below.
// Replace each "TODO: …" text, and act on each note marked TODO (then delete the note).
// \`npm run check\` lists every TODO that is left; the site is not built until none is.
export default defineDrug({
  genericName: ${quote(name)},
  brandNames: [], // TODO: the brand names, e.g. ["Qalsody"], or leave [] if there is none yet
  summary: "TODO: one or two plain sentences for the \\"In short\\" section.",
  // TODO: status is "approved", "withdrawn" or "in-development". An approved drug needs approvedBy and
  // approvedOn ("YYYY-MM-DD") instead of trialPhase and phaseAsOf; a withdrawn one also needs withdrawnOn.
  status: "in-development",
  trialPhase: "TODO: the trial phase, e.g. Phase 3",
  phaseAsOf: ${quote(today.slice(0, 4))}, // TODO: when a source reported this phase: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  whoItIsFor: "TODO: who the drug is for, in plain words.",
  howItWorks: "TODO: how it works, in plain words, everyday term first and the medical term after it.",
  howItIsGiven: {
    route: "TODO: how it enters the body, e.g. By mouth",
    dose: "TODO: the usual dose, or say that it is not set yet.",
    schedule: "TODO: how often it is given.",
  },
  evidence: "TODO: what the evidence shows, with the numbers from the sources.",
  sideEffects: {
    common: ["TODO: a common side effect"],
    serious: ["TODO: a serious side effect"],
  },
  cost: "TODO: what it costs, from a source, or say that the sources give no price.",
  questions: ["TODO: a question to ask the care team"],
${sourcesAndReview(today, nextReview)}`;
}

export function programTemplate(name: string, today: string, nextReview: string): string {
  return `import { defineProgram } from "../../src/_config/schemas/program.ts";

// Every fact on this page must come from a source listed under "sources" below.
// Replace each "TODO: …" text, and act on each note marked TODO (then delete the note).
// \`npm run check\` lists every TODO that is left; the site is not built until none is.
export default defineProgram({
  name: ${quote(name)},
  runBy: "TODO: who runs it",
  started: "TODO: when it started, as the sources give it, e.g. 2019",
  summary: "TODO: one or two plain sentences for the \\"In short\\" section.",
  whoItIsFor: "TODO: who the program is for.",
  whatItDoes: "TODO: what the program does.",
  results: "TODO: results so far, with the numbers from the sources (or say the sources give none).",
  howToTakePart: "TODO: how a reader can use or join it (or delete this line).",
  // relatedDrugs: ["tofersen"], // file names from _data/drugs/, if the program is about particular drugs
  // website: "https://…",
${sourcesAndReview(today, nextReview)}`;
}

export interface NewFile {
  file: string;
  text: string;
  /** Where the page will be, for the message. */
  url: string;
}

/** The file `npm run new -- <kind> <title>` writes, relative to the project root. */
export function newFile(kind: ContentKind, title: string, now: DateTime = DateTime.now()): NewFile {
  const slug = slugify(title);
  if (!slug) throw new Error(`"${title}" has no letters or digits to make a file name from (expected a title such as "Tofersen in 2025")`);
  const today = now.toISODate()!;
  const nextReview = now.plus({ months: 6 }).toISODate()!;
  switch (kind) {
    case "post":
      return { file: `${postsFolder}/${slug}.md`, text: postTemplate(title, today), url: postUrl(slug) };
    case "drug":
      return { file: `${dataFolder}/drugs/${slug}.ts`, text: drugTemplate(title, today, nextReview), url: `/drugs/${slug}/` };
    case "program":
      return { file: `${dataFolder}/programs/${slug}.ts`, text: programTemplate(title, today, nextReview), url: `/programs/${slug}/` };
  }
}

const usage = 'Usage: npm run new -- post "Title"   (or: drug "Name", program "Name")';

/** The command line: a kind of content, then the title (its words may come unquoted). No options. */
export function parseNewArguments(argv: string[]): { kind: ContentKind; title: string } {
  const { positionals } = parseCliArguments(argv, {}, `a kind and a title, such as post "Title", and no options`, true);
  const [kind, ...words] = positionals;
  const title = words.join(" ").trim();
  if (!contentKinds.includes(kind as ContentKind) || !title) {
    throw new Error(`${usage}\n(expected one of ${contentKinds.join(", ")} and a title${kind && !contentKinds.includes(kind as ContentKind) ? `; got ${JSON.stringify(kind)}` : ""})`);
  }
  return { kind: kind as ContentKind, title };
}

async function main(): Promise<void> {
  const { kind, title } = parseNewArguments(process.argv.slice(2));
  const created = newFile(kind, title);
  const target = path.join(process.cwd(), created.file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, created.text, { flag: "wx" }); // "wx": fail if the file exists
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new Error(`${created.file} already exists; nothing was written (expected a new title, or edit that file instead)`);
    }
    throw error;
  }
  console.log(`Wrote ${created.file}`);
  console.log(
    kind === "post"
      ? `It is a draft: preview it with \`npm start\` at ${created.url}, replace each TODO, then set draft: false.`
      : `Fill in each TODO from your sources (\`npm run check\` lists those left), preview with \`npm start\` at ${created.url}.`,
  );
}

if (isMainModule(import.meta.url)) await runCli(main);
