/**
 * Pairs each page with its translations: a page made from a file in an `en/` folder is paired with the page
 * made from the same file in the `es/` folder (`src/pages/en/drug.11ty.ts` with `src/pages/es/drug.11ty.ts`,
 * `src/posts/en/x.md` with `src/posts/es/x.md`), and the pages of two paginated templates by the number
 * each item carries (`eleventyPaginationGroupNumber`, see `numberedForPairing`). Templates call the
 * `locale_links` filter, with the name and result Eleventy's i18n plugin gives it.
 *
 * Why not Eleventy's i18n plugin: it tests every folder name of every page against the whole BCP 47
 * registry to find a language, and adds a computed `page.lang` to every page. At 4,000 posts that took
 * 3.4 s of a 30 s build, on every rebuild of `npm start` too. Our languages and folders are fixed
 * (`src/model/languages.ts`), so a folder name is looked up in a list of two.
 */
import { isLang, languageOfUrl, type Lang } from "../../model/languages.ts";
import type { EleventyConfig, LocaleLink, UrlToInputPath } from "../../model/eleventy.ts";

/**
 * The language of a source file and the key it shares with its translations: the path with its first
 * language folder and its extensions left out (`./src/posts/*\/x`), and the pagination group.
 */
function pairingKey(inputPath: string, url: string, groupNumber: number | undefined): { key: string; lang: Lang } {
  const parts = inputPath.split("/");
  const at = parts.findIndex(isLang);
  const lang = at === -1 ? languageOfUrl(url) : (parts[at] as Lang);
  if (at !== -1) parts[at] = "*";
  const file = parts.pop() ?? "";
  return { key: `${[...parts, file.replace(/\..*$/, "")].join("/")} #${groupNumber ?? ""}`, lang };
}

/** Every address with all of its language versions (itself included), English first. */
export function languageVersionsByUrl(urlToInputPath: UrlToInputPath): Map<string, LocaleLink[]> {
  const groups = new Map<string, LocaleLink[]>();
  for (const [url, { inputPath, groupNumber }] of Object.entries(urlToInputPath)) {
    const { key, lang } = pairingKey(inputPath, url, groupNumber);
    const group = groups.get(key) ?? [];
    group.push({ url, lang });
    groups.set(key, group);
  }
  const byUrl = new Map<string, LocaleLink[]>();
  for (const group of groups.values()) {
    group.sort((a, b) => a.lang.localeCompare(b.lang));
    for (const version of group) byUrl.set(version.url, group);
  }
  return byUrl;
}

export function languageVersionsPlugin(eleventyConfig: EleventyConfig): void {
  let versions = new Map<string, LocaleLink[]>();
  // Emitted on every build and rebuild, once every page's address is known and before any page renders.
  eleventyConfig.on("eleventy.contentMap", ({ urlToInputPath }) => {
    versions = languageVersionsByUrl(urlToInputPath);
  });
  /** The page's versions in the other languages (the page at `url`, or the page being rendered). */
  eleventyConfig.addFilter("locale_links", function (this: { page?: { url?: string } }, url?: string): LocaleLink[] {
    const own = url ?? this.page?.url ?? "";
    return (versions.get(own) ?? []).filter((version) => version.url !== own);
  });
}
