/**
 * Loads and validates the typed data files in `_data/`. Eleventy calls `loadDataFile` for every `.ts`
 * data file; `npm run check` and the build's content check call it too, so all three agree.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { drugSchema, type Drug } from "../schemas/drug.ts";
import { glossarySchema, type GlossaryEntry } from "../schemas/glossary.ts";
import { programSchema, type Program } from "../schemas/program.ts";
import { siteSchema, type Site } from "../schemas/site.ts";
import { sourceRegistrySchema, type SourceRegistry } from "../schemas/source.ts";
import { slugify } from "../../helpers/slugify.ts";
import {
  drugTranslationSchema,
  glossaryTranslationSchema,
  programTranslationSchema,
  type DrugTranslation,
  type GlossaryTranslation,
  type ProgramTranslation,
} from "../schemas/translations.ts";
import { translatedLanguages } from "../languages.ts";
import { ContentError, problemsFromZod, type ContentProblem } from "./problems.ts";

export type DataKind = "drug" | "program" | "glossary" | "site" | "sources" | "drug-translation" | "program-translation" | "glossary-translation";

/** Whether a data file sits in a language's folder (`_data/es/…`): it is then a translation. */
function isTranslation(parts: string[]): boolean {
  return parts.some((part, index) => index < parts.length - 1 && (translatedLanguages as string[]).includes(part));
}

/** Which schema a data file follows, from where it sits in `_data/` (`_data/es/drugs/x.ts` is a drug's translation). */
export function dataKindOf(filePath: string): DataKind | undefined {
  const parts = filePath.split(path.sep);
  const folder = parts.at(-2);
  const name = path.basename(filePath, ".ts");
  if (isTranslation(parts)) {
    if (folder === "drugs") return "drug-translation";
    if (folder === "programs") return "program-translation";
    if (name === "glossary") return "glossary-translation";
    return undefined;
  }
  if (folder === "drugs") return "drug";
  if (folder === "programs") return "program";
  if (name === "glossary") return "glossary";
  if (name === "site") return "site";
  if (name === "sources") return "sources";
  return undefined;
}

/**
 * Each file's default export, by its address with its change time. Eleventy asks for a folder's data file
 * once for every page in the folder (4,000 times for the posts folder at 4,000 posts), and each `import()`,
 * even of a module already loaded, is a round trip to tsx's loader thread: with the asynchronous `stat`,
 * about 1 s of the build's main thread at 4,000 posts.
 */
const defaultExports = new Map<string, Promise<unknown>>();

async function importDefault(filePath: string): Promise<unknown> {
  // The change time in the address makes a changed file load again while `npm start` is watching.
  const url = `${pathToFileURL(filePath).href}?v=${statSync(filePath).mtimeMs}`;
  let exported = defaultExports.get(url);
  if (!exported) {
    exported = import(url).then((module: { default?: unknown }) => module.default);
    // A file that failed to load is tried again next time, as before.
    exported.catch(() => defaultExports.delete(url));
    defaultExports.set(url, exported);
  }
  return exported;
}

type Loaded =
  | { kind: "drug"; value: Drug }
  | { kind: "program"; value: Program }
  | { kind: "glossary"; value: GlossaryEntry[] }
  | { kind: "site"; value: Site }
  | { kind: "sources"; value: SourceRegistry }
  | { kind: "drug-translation"; value: DrugTranslation }
  | { kind: "program-translation"; value: ProgramTranslation }
  | { kind: "glossary-translation"; value: GlossaryTranslation }
  | { kind: undefined; value: unknown };

type Validated<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string): Validated<z.output<T>> {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: problemsFromZod(file, result.error) };
}

/** Loads one data file and validates it; returns its problems instead of throwing. */
export async function readDataFile(filePath: string, displayPath = filePath): Promise<Loaded | ContentProblem[]> {
  let value: unknown;
  try {
    value = await importDefault(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return [{ file: displayPath, field: "(whole file)", message: `could not be loaded: ${reason} (expected valid TypeScript; compare with a working file)` }];
  }
  if (value === undefined) {
    return [{ file: displayPath, field: "(whole file)", message: "has no default export (expected `export default defineX({ ... })`)" }];
  }
  const slug = path.basename(filePath, ".ts");
  const kind = dataKindOf(filePath);
  switch (kind) {
    case "drug": {
      const drug = validate(drugSchema, value, displayPath);
      return drug.ok ? { kind, value: { ...drug.data, slug } } : drug.problems;
    }
    case "program": {
      const program = validate(programSchema, value, displayPath);
      return program.ok ? { kind, value: { ...program.data, slug } } : program.problems;
    }
    case "glossary": {
      const glossary = validate(glossarySchema, value, displayPath);
      return glossary.ok ? { kind, value: glossary.data.map((entry) => ({ ...entry, id: slugify(entry.term) })) } : glossary.problems;
    }
    case "site": {
      const site = validate(siteSchema, value, displayPath);
      // Deployments set the public address without editing content (see README, "Publishing").
      return site.ok ? { kind, value: { ...site.data, url: process.env.SITE_URL ?? site.data.url } } : site.problems;
    }
    case "sources": {
      const sources = validate(sourceRegistrySchema, value, displayPath);
      if (!sources.ok) return sources.problems;
      const registry: SourceRegistry = {};
      for (const [id, source] of Object.entries(sources.data)) registry[id] = { ...source, id };
      return { kind, value: registry };
    }
    case "drug-translation": {
      const translation = validate(drugTranslationSchema, value, displayPath);
      return translation.ok ? { kind, value: translation.data } : translation.problems;
    }
    case "program-translation": {
      const translation = validate(programTranslationSchema, value, displayPath);
      return translation.ok ? { kind, value: translation.data } : translation.problems;
    }
    case "glossary-translation": {
      const translation = validate(glossaryTranslationSchema, value, displayPath);
      return translation.ok ? { kind, value: translation.data } : translation.problems;
    }
    default:
      return { kind: undefined, value };
  }
}

/**
 * Freezes a value and everything in it. Eleventy merges the global data into every page's data, copying
 * each plain object it meets, except frozen ones, which it shares: with thousands of pages, copies of the
 * drugs, programs, sources and glossary were a large part of the build's memory and garbage collection.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Eleventy's data-file parser: valid data (frozen: templates only read it), or a ContentError naming the file and every bad field. */
export async function loadDataFile(filePath: string): Promise<unknown> {
  const displayPath = path.relative(process.cwd(), filePath) || filePath;
  const loaded = await readDataFile(filePath, displayPath);
  if (Array.isArray(loaded)) throw new ContentError(loaded);
  return deepFreeze(loaded.value);
}
