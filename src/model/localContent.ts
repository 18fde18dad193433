/**
 * The site's content in one language, for templates: English as it is; a translation laid over its English
 * entry (`translations.ts`), with the texts still in English listed so templates can mark them `lang="en"`.
 */
import type { Lang } from "./languages.ts";
import type { PostItem, SiteData, TagInfo, TagPage } from "./pageData.ts";
import type { Drug } from "./schemas/drug.ts";
import type { GlossaryEntry } from "./schemas/glossary.ts";
import type { Program } from "./schemas/program.ts";
import { localizeDrug, localizeProgram, proseOfDrug, proseOfProgram, translationState, type Localized, type TranslationState } from "./translations.ts";

export interface LocalEntry<T> extends Localized<T> {
  /** For a translation: whether it was made from the English as it is now. */
  state?: TranslationState;
}

const untouched = <T>(value: T): LocalEntry<T> => ({ value, inEnglish: new Map() });

/** Worked out once per translation: every page that lists drugs or programs asks again. */
const cache = new WeakMap<object, LocalEntry<never>>();

function localEntry<T extends { slug: string }, Translation extends { translatedFrom: string }>(
  entry: T,
  translation: Translation | undefined,
  localize: (entry: T, translation: Translation) => Localized<T>,
  prose: (entry: T) => object,
): LocalEntry<T> | undefined {
  if (!translation) return undefined;
  let local = cache.get(translation) as LocalEntry<T> | undefined;
  if (!local) {
    local = { ...localize(entry, translation), state: translationState(translation.translatedFrom, prose(entry)) };
    cache.set(translation, local as LocalEntry<never>);
  }
  return local;
}

/** A drug in `lang`, or undefined when `lang` has no translation of it (that page is then not built). */
export function localDrug(data: Pick<SiteData, "es">, drug: Drug, lang: Lang): LocalEntry<Drug> | undefined {
  return lang === "en" ? untouched(drug) : localEntry(drug, data.es?.drugs?.[drug.slug], localizeDrug, proseOfDrug);
}

export function localProgram(data: Pick<SiteData, "es">, program: Program, lang: Lang): LocalEntry<Program> | undefined {
  return lang === "en" ? untouched(program) : localEntry(program, data.es?.programs?.[program.slug], localizeProgram, proseOfProgram);
}

/** Every drug that has a page in `lang`, in that language. */
export function localDrugs(data: Pick<SiteData, "es" | "drugs">, lang: Lang): Drug[] {
  return Object.values(data.drugs).flatMap((drug) => {
    const entry = localDrug(data, drug, lang);
    return entry ? [entry.value] : [];
  });
}

export function localPrograms(data: Pick<SiteData, "es" | "programs">, lang: Lang): Program[] {
  return Object.values(data.programs).flatMap((program) => {
    const entry = localProgram(data, program, lang);
    return entry ? [entry.value] : [];
  });
}

export function localPosts(data: Pick<SiteData, "collections">, lang: Lang): PostItem[] {
  return lang === "en" ? data.collections.posts : data.collections.postsEs;
}

export function localTagList(data: Pick<SiteData, "collections">, lang: Lang): TagInfo[] {
  return lang === "en" ? data.collections.tagList : data.collections.tagListEs;
}

/** The translated posts of one English tag page (same tag, same page number), or none. */
export function localTagPage(data: Pick<SiteData, "collections">, english: TagPage, lang: Lang): TagPage | undefined {
  if (lang === "en") return english;
  return data.collections.tagPagesEs.find((page) => page.tag.slug === english.tag.slug && page.number === english.number);
}

const glossaryCache = new WeakMap<object, GlossaryEntry[]>();

/**
 * The glossary in `lang`: each entry's translation over it (same `id`, so `#anchors` match across
 * languages); an entry without a translation stays in English.
 */
export function localGlossary(data: Pick<SiteData, "es" | "glossary">, lang: Lang): GlossaryEntry[] {
  if (lang === "en") return data.glossary;
  const translation = data.es?.glossary;
  if (!translation) return data.glossary;
  let entries = glossaryCache.get(translation);
  if (!entries) {
    entries = data.glossary.map((entry) => {
      const translated = translation.entries[entry.term];
      return translated ? { ...entry, ...translated, abbreviation: translated.abbreviation ?? entry.abbreviation, also: translated.also } : entry;
    });
    glossaryCache.set(translation, entries);
  }
  return entries;
}
