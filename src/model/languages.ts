/**
 * The site's languages. English is the original and lives at the root (`/drugs/`); each other language
 * lives under its own folder (`/es/drugs/`): templates and posts sit in `en/` and `es/` folders, and each
 * page is paired with its translation by file path (`src/_config/plugins/languageVersions.ts`).
 */
export const languages = {
  en: { name: "English", locale: "en-US", ogLocale: "en_US", prefix: "" },
  es: { name: "Español", locale: "es-US", ogLocale: "es_US", prefix: "/es" },
} as const;

export type Lang = keyof typeof languages;
export const defaultLanguage: Lang = "en";
export const languageCodes = Object.keys(languages) as Lang[];
/** The languages that are translations of the English original. */
export const translatedLanguages = languageCodes.filter((lang) => lang !== defaultLanguage);

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.hasOwn(languages, value);
}

/** The language of a page from its address: `/es/…` is Spanish, everything else English. */
export function languageOfUrl(url: string): Lang {
  return translatedLanguages.find((lang) => url === languages[lang].prefix || url.startsWith(`${languages[lang].prefix}/`)) ?? defaultLanguage;
}

/** An English address in another language: `localizedUrl("/drugs/", "es")` is `/es/drugs/`. */
export function localizedUrl(url: string, lang: Lang): string {
  return `${languages[lang].prefix}${url}`;
}

/** The English form of any page's address: `/es/drugs/` -> `/drugs/`. */
export function unlocalizedUrl(url: string): string {
  const lang = languageOfUrl(url);
  return lang === defaultLanguage ? url : url.slice(languages[lang].prefix.length) || "/";
}

/** The language of a source file from its folder: `src/posts/es/x.md` and `_data/es/drugs/x.ts` are Spanish. */
export function languageOfPath(filePath: string): Lang {
  const parts = filePath.split(/[\\/]/).slice(0, -1);
  return translatedLanguages.find((lang) => parts.includes(lang)) ?? defaultLanguage;
}

/**
 * The pages of two paginated templates are paired by the number each item carries in
 * `eleventyPaginationGroupNumber`; without one, every page of a template would pair with every other.
 * Both languages page through the same English list, so the item's place in it is that number.
 */
export function numberedForPairing<T extends object>(items: readonly T[], perPage = 1): Array<T & { eleventyPaginationGroupNumber: number }> {
  return items.map((item, index) => ({ ...item, eleventyPaginationGroupNumber: Math.floor(index / perPage) }));
}
