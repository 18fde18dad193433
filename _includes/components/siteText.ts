/** The site's own words (`_data/site.ts`) in a language: English from the data file, others from their strings. */
import type { Site } from "../../src/model/schemas/site.ts";
import type { Lang } from "../../src/model/languages.ts";
import { siteWords } from "../../src/model/strings/index.ts";

export function siteText(site: Site, lang: Lang): Pick<Site, "description" | "disclaimer" | "maintainer" | "contact"> {
  if (lang === "en") return site;
  return siteWords[lang];
}
