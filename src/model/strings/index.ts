/** The interface text of each language: `strings("es").article.sources` is "Fuentes". */
import type { Lang } from "../languages.ts";
import { en, type UiStrings } from "./en.ts";
import { es, esSiteText } from "./es.ts";

const byLanguage: Record<Lang, UiStrings> = { en, es };

export function strings(lang: Lang): UiStrings {
  return byLanguage[lang];
}
export type { UiStrings };

/** The site's own words (description, disclaimer, maintainer, contact) in a translated language. */
export const siteWords = { es: esSiteText } as const;
