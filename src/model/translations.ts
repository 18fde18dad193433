/**
 * How a translation meets its English entry.
 *
 * - `proseOf…` takes the prose out of an English entry, in the shape of its translation file; its hash
 *   (`proseHash`) is what a translation's `translatedFrom` records. A change to the English prose changes
 *   the hash, so the translated page says it is outdated; a change to a fact outside the prose (a date, a
 *   status) changes every language's page at once and needs no new translation.
 * - `localize` lays a translation over the English prose. A text the translation lacks, or whose numbers no
 *   longer match the English (a changed dose, a corrected count), is shown in English and marked as such:
 *   a translated page never shows a number the English no longer says.
 */
import { createHash } from "node:crypto";
import type { Drug } from "./schemas/drug.ts";
import type { Program } from "./schemas/program.ts";
import type { DrugTranslation, ProgramTranslation } from "./schemas/translations.ts";

/** Numerals as written ("1.1", "14,230", "2023"), left out where they are part of a name such as SOD1. */
const numeralPattern = /(?<![\p{L}\p{N}_])\p{N}+(?:[.,]\p{N}+)*/gu;

export function numeralsIn(text: string): string[] {
  return [...text.matchAll(numeralPattern)].map((match) => match[0]).sort();
}

export function sameNumerals(a: string, b: string): boolean {
  const left = numeralsIn(a);
  const right = numeralsIn(b);
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

type Prose = string | readonly Prose[] | { readonly [key: string]: Prose | undefined };

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The first 12 hex digits of the SHA-256 of the prose, with keys in a fixed order. */
export function proseHash(prose: unknown): string {
  return createHash("sha256").update(stableJson(prose)).digest("hex").slice(0, 12);
}

export type DrugProse = Omit<DrugTranslation, "translatedFrom">;
export type ProgramProse = Omit<ProgramTranslation, "translatedFrom">;

export function proseOfDrug(drug: Drug): DrugProse {
  return {
    summary: drug.summary,
    developer: drug.developer,
    approvedBy: drug.approvedBy,
    trialPhase: drug.trialPhase,
    stoppedReason: drug.stoppedReason,
    whoItIsFor: drug.whoItIsFor,
    howItWorks: drug.howItWorks,
    howItIsGiven: { ...drug.howItIsGiven },
    evidence: drug.evidence,
    sideEffects: { ...drug.sideEffects },
    monitoring: drug.monitoring,
    cost: drug.cost,
    timeline: drug.timeline?.map((event) => event.event),
    questions: drug.questions,
    changes: drug.changes?.map((change) => change.change),
  };
}

export function proseOfProgram(program: Program): ProgramProse {
  return {
    name: program.name,
    runBy: program.runBy,
    started: program.started,
    summary: program.summary,
    whoItIsFor: program.whoItIsFor,
    whatItDoes: program.whatItDoes,
    results: program.results,
    howToTakePart: program.howToTakePart,
    changes: program.changes?.map((change) => change.change),
  };
}

export interface Localized<T> {
  value: T;
  /** The texts shown in English ("summary", "sideEffects.warnings.0"), and why. */
  inEnglish: Map<string, "missing" | "numbers">;
}

/** Lays `translated` over `english`, text by text: see the module comment. */
export function localizeProse<T extends Prose>(english: T, translated: unknown, path = "", inEnglish = new Map<string, "missing" | "numbers">()): Localized<T> {
  if (typeof english === "string") {
    if (typeof translated !== "string") {
      inEnglish.set(path, "missing");
      return { value: english, inEnglish };
    }
    if (!sameNumerals(english, translated)) {
      inEnglish.set(path, "numbers");
      return { value: english, inEnglish };
    }
    return { value: translated as T, inEnglish };
  }
  if (Array.isArray(english)) {
    const list = Array.isArray(translated) && translated.length === english.length ? (translated as unknown[]) : [];
    return {
      value: english.map((item: Prose, index) => localizeProse(item, list[index], `${path}${path ? "." : ""}${index}`, inEnglish).value) as unknown as T,
      inEnglish,
    };
  }
  const source = (translated && typeof translated === "object" ? translated : {}) as Record<string, unknown>;
  const value: Record<string, Prose | undefined> = {};
  for (const [key, item] of Object.entries(english as Record<string, Prose | undefined>)) {
    value[key] = item === undefined ? undefined : localizeProse(item, source[key], `${path}${path ? "." : ""}${key}`, inEnglish).value;
  }
  return { value: value as T, inEnglish };
}

/** A drug in another language: its translated prose over the English facts. */
export function localizeDrug(drug: Drug, translation: DrugTranslation | undefined): Localized<Drug> {
  const { value: prose, inEnglish } = localizeProse(proseOfDrug(drug) as Prose, translation ?? {});
  const text = prose as unknown as DrugProse;
  return {
    value: {
      ...drug,
      ...text,
      howItIsGiven: { ...drug.howItIsGiven, ...text.howItIsGiven },
      sideEffects: { ...drug.sideEffects, ...text.sideEffects },
      timeline: drug.timeline?.map((event, index) => ({ ...event, event: text.timeline?.[index] ?? event.event })),
      changes: drug.changes?.map((change, index) => ({ ...change, change: text.changes?.[index] ?? change.change })),
    },
    inEnglish,
  };
}

export function localizeProgram(program: Program, translation: ProgramTranslation | undefined): Localized<Program> {
  const { value: prose, inEnglish } = localizeProse(proseOfProgram(program) as Prose, translation ?? {});
  // A proper name such as "ALS Focus" is not translated: its absence is no gap.
  if (inEnglish.get("name") === "missing") inEnglish.delete("name");
  const text = prose as unknown as ProgramProse;
  return {
    value: {
      ...program,
      ...text,
      name: text.name ?? program.name,
      changes: program.changes?.map((change, index) => ({ ...change, change: text.changes?.[index] ?? change.change })),
    },
    inEnglish,
  };
}

export type TranslationState = "current" | "outdated" | "unstamped";

/** Whether a translation was made from the English prose as it is now. */
export function translationState(translatedFromHash: string, englishProse: unknown): TranslationState {
  return translationStateOfHash(translatedFromHash, proseHash(englishProse));
}

/** `translationState` for an English text whose prose hash is already known. */
export function translationStateOfHash(translatedFromHash: string, englishHash: string): TranslationState {
  if (translatedFromHash === "new") return "unstamped";
  return translatedFromHash === englishHash ? "current" : "outdated";
}

/** The prose of an English post: its title, summary, changes and markdown text (a translation's hash covers all four). */
export function proseOfPost(frontMatter: { title: string; summary: string; changes?: ReadonlyArray<{ change: string }> }, body: string): object {
  return { title: frontMatter.title, summary: frontMatter.summary, changes: frontMatter.changes?.map((change) => change.change), body: body.trim() };
}
