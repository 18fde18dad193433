/**
 * `npm run new -- post "Title"` (or `drug "Name"`, `program "Name"`): writes a new content file, filled
 * in as far as it can be, with today's date, and prints where it is. It never overwrites a file and opens
 * no editor.
 *
 * It never invents a fact: everything that must come from a source says "TODO: …" (or carries a
 * `// TODO` note, for dates and lists). `npm run check` and the build name every TODO left, so nothing
 * unfinished can be published, while `npm start` previews the page as it is being written.
 * A new post is a draft (`draft: true`), so it passes the check until it is published.
 *
 * `npm run new -- translation <English file>` starts the Spanish translation of a post, drug or program:
 * the English prose, each text marked "TODO: translate", in the translation's file (`src/posts/es/`,
 * `_data/es/drugs/`, `_data/es/programs/`), with `translatedFrom: "new"`.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { slugify } from "../src/helpers/slugify.ts";
import { dataFolder, postsFolder, translatedPostsFolder } from "../src/model/paths.ts";
import { pageUrl, postUrl } from "../src/model/pageKinds.ts";
import { parsePost } from "../src/model/checks/frontMatter.ts";
import { readDataFile } from "../src/model/checks/dataFiles.ts";
import { proseOfDrug, proseOfProgram } from "../src/model/translations.ts";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

export const contentKinds = ["post", "drug", "program", "translation"] as const;
export type ContentKind = (typeof contentKinds)[number];

/** A string literal for YAML or TypeScript (JSON strings are valid in both). */
const quote = (text: string) => JSON.stringify(text);

export function postTemplate(title: string, today: string): string {
  return `---
title: ${quote(title)}
date: ${quote(today)} # the day you publish it on this site
summary: "TODO: one or two sentences that sum the post up, shown in lists and feeds."
# tags: [research, drugs]
# basedOn: "an-id" # if the post is adapted from an article: its id in _data/sources.ts
draft: true
---

TODO: write the post here, in plain words, instead of this paragraph. Start each section with "## " and a
heading. End each section with a line naming the ids of its sources in _data/sources.ts (add a source there
first), or "Sources: none" if the section states no facts. When the post is ready and no TODO is left,
change "draft: true" to "draft: false" to publish it.

Sources: TODO: the ids of the sources for this section, e.g. qalsody-label
`;
}

/** The sources of a new page: one list per section, each to be filled with ids from _data/sources.ts. */
function citations(sections: readonly string[]): string {
  return `  // Each section names the sources it rests on, by id from _data/sources.ts (add a source there first).
  sources: {
${sections.map((section) => `    ${section}: ["TODO: the id of a source in _data/sources.ts"],`).join("\n")}
  },`;
}

function review(today: string, nextReview: string): string {
  return `  lastReviewed: ${quote(today)},
  nextReview: ${quote(nextReview)},
});
`;
}

export function drugTemplate(name: string, today: string, nextReview: string): string {
  return `import { defineDrug } from "../../src/model/schemas/drug.ts";

// Every fact on this page must come from a source named under "sources" below.
// Replace each "TODO: …" text, and act on each note marked TODO (then delete the note).
// \`npm run check\` lists every TODO that is left; the site is not built until none is.
export default defineDrug({
  genericName: ${quote(name)},
  brandNames: [], // TODO: the brand names, e.g. ["Qalsody"], or leave [] if there is none yet
  summary: "TODO: one or two plain sentences for the \\"In short\\" section.",
  // TODO: status is "approved", "withdrawn", "in-development" or "stopped". An approved drug needs approvedBy,
  // approvedOn ("YYYY-MM-DD"), the label's warnings, common side effects and monitoring, and cites its label.
  // A drug in development is reviewed at least every 3 months: set nextReview 3 months after lastReviewed.
  status: "in-development",
  trialPhase: "TODO: the trial phase, e.g. Phase 3",
  statusAsOf: ${quote(today.slice(0, 7))}, // TODO: the month of the newest source for this status: "YYYY-MM"
  whoItIsFor: "TODO: who the drug is for, in plain words.",
  howItWorks: "TODO: how it works, in plain words, everyday term first and the medical term after it.",
  howItIsGiven: {
    route: "TODO: how it enters the body, e.g. By mouth",
    dose: "TODO: the usual dose, or say that it is not set yet.",
    schedule: "TODO: how often it is given.",
  },
  evidence: "TODO: what the evidence shows, with the numbers from the sources.",
  sideEffects: {
    warnings: [], // the label's warnings (serious risks); required once the drug is approved
    common: [], // common side effects, from the label or the trials
  },
  // monitoring: ["Before you start: …"], // tests before or during treatment; required once approved
  // cost: "…", // only with a source for the price (then add cost to sources below)
  questions: ["TODO: a question to ask the care team"],
${citations(["whoItIsFor", "howItWorks", "howItIsGiven", "evidence", "status"])}
${review(today, nextReview)}`;
}

export function programTemplate(name: string, today: string, nextReview: string): string {
  return `import { defineProgram } from "../../src/model/schemas/program.ts";

// Every fact on this page must come from a source named under "sources" below.
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
  howToTakePart: "TODO: how a reader can use or join it (or delete this line and its sources below).",
  // relatedDrugs: ["tofersen"], // file names from _data/drugs/, if the program is about particular drugs
  // website: "https://…",
${citations(["about", "whoItIsFor", "whatItDoes", "results", "howToTakePart"])}
${review(today, nextReview)}`;
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
  // A new drug starts in development, so it is due again within 3 months; a program within 6.
  const months = (count: number) => now.plus({ months: count }).toISODate()!;
  switch (kind) {
    case "translation":
      throw new Error("a translation starts from an English file: see newTranslation");
    case "post":
      return { file: `${postsFolder}/${slug}.md`, text: postTemplate(title, today), url: postUrl(slug) };
    case "drug":
      return { file: `${dataFolder}/drugs/${slug}.ts`, text: drugTemplate(title, today, months(3)), url: `/drugs/${slug}/` };
    case "program":
      return { file: `${dataFolder}/programs/${slug}.ts`, text: programTemplate(title, today, months(6)), url: `/programs/${slug}/` };
  }
}

const usage = 'Usage: npm run new -- post "Title"   (or: drug "Name", program "Name", translation <English file>)';

/** The translation a maintainer starts from an English file: its prose, each text to be translated. */
export async function newTranslation(root: string, englishFile: string): Promise<NewFile> {
  const relative = path.relative(root, path.resolve(root, englishFile)).split(path.sep).join("/");
  const slug = path.basename(relative).replace(/\.(md|ts)$/, "");
  const mark = (value: unknown): unknown =>
    typeof value === "string"
      ? `TODO: translate: ${value}`
      : Array.isArray(value)
        ? value.map(mark)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mark(item)]))
          : value;
  if (relative.startsWith(`${postsFolder}/`) && relative.endsWith(".md")) {
    const { data, body } = parsePost(await readFile(path.join(root, relative), "utf8"));
    const changes = Array.isArray(data.changes)
      ? (data.changes as Array<{ change: string }>).map((change) => `  - ${quote(`TODO: translate: ${change.change}`)}`)
      : [];
    const text = `---
title: ${quote(`TODO: translate: ${String(data.title)}`)}
summary: ${quote(`TODO: translate: ${String(data.summary)}`)}
translatedFrom: new
draft: true
${changes.length > 0 ? `changes:\n${changes.join("\n")}\n` : ""}---

TODO: translate the text below, keeping each "Sources:" line as it is; put /es in front of links to this site.
${body}`;
    return { file: `${translatedPostsFolder("es")}/${slug}.md`, text, url: postUrl(slug, "es") };
  }
  const notTranslatable = new Error(
    `${englishFile} is not a post, drug or program (expected a file in ${postsFolder}/, ${dataFolder}/drugs/ or ${dataFolder}/programs/)`,
  );
  if (!relative.startsWith(`${dataFolder}/`)) throw notTranslatable;
  // Which kind of file it is comes from where it sits, as for every data file (`dataKindOf`).
  const loaded = await readDataFile(path.join(root, relative), relative);
  if (Array.isArray(loaded)) throw new Error(`${relative} has problems; fix them first (npm run check)`);
  if (loaded.kind !== "drug" && loaded.kind !== "program") throw notTranslatable;
  const kind = loaded.kind;
  const prose = kind === "drug" ? proseOfDrug(loaded.value) : proseOfProgram(loaded.value);
  const define = kind === "drug" ? "defineDrugTranslation" : "defineProgramTranslation";
  // Fields the English leaves out are undefined here, and JSON leaves them out of the file.
  const fields = JSON.stringify(mark(prose), null, 2).slice(1, -1).trim();
  const text = `import { ${define} } from "../../../src/model/schemas/translations.ts";

// Translate each text; keep every number as the English writes it. Then run npm run translation-status -- --mark-current <this file>.
export default ${define}({
  translatedFrom: "new",
  ${fields},
});
`;
  return { file: `${dataFolder}/es/${kind}s/${slug}.ts`, text, url: pageUrl(kind, slug, "es") };
}

/** The command line: a kind of content, then the title (its words may come unquoted). No options. */
export function parseNewArguments(argv: string[]): { kind: ContentKind; title: string } {
  // A translation names its English file: its path is not a title, so it is kept as written.
  const { positionals } = parseCliArguments(argv, {}, `a kind and a title, such as post "Title", and no options`, true);
  const [kind, ...words] = positionals;
  const title = words.join(" ").trim();
  if (!contentKinds.includes(kind as ContentKind) || !title) {
    throw new Error(
      `${usage}\n(expected one of ${contentKinds.join(", ")} and a title${kind && !contentKinds.includes(kind as ContentKind) ? `; got ${JSON.stringify(kind)}` : ""})`,
    );
  }
  return { kind: kind as ContentKind, title };
}

async function main(): Promise<void> {
  const { kind, title } = parseNewArguments(process.argv.slice(2));
  const created = kind === "translation" ? await newTranslation(process.cwd(), title) : newFile(kind, title);
  const target = path.join(process.cwd(), created.file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, created.text, { flag: "wx" }); // "wx": fail if the file exists
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new Error(`${created.file} already exists; nothing was written (expected a new title, or edit that file instead)`, {
        cause: error,
      });
    }
    throw error;
  }
  console.log(`Wrote ${created.file}`);
  console.log(
    kind === "translation"
      ? `Translate each TODO (\`npm run check\` lists those left), preview with \`npm start\` at ${created.url}, then run \`npm run translation-status -- --mark-current ${created.file}\`.`
      : kind === "post"
        ? `It is a draft: preview it with \`npm start\` at ${created.url}, replace each TODO, then set draft: false.`
        : `Fill in each TODO from your sources (\`npm run check\` lists those left), preview with \`npm start\` at ${created.url}.`,
  );
}

if (isMainModule(import.meta.url)) await runCli(main);
