/** Program-specific pieces: URL and schema.org data. */
import type { Program } from "../../src/model/schemas/program.ts";
import type { Site } from "../../src/model/schemas/site.ts";
import { absoluteUrl } from "../../src/model/siteUrls.ts";
import { pageUrl } from "../../src/model/pageKinds.ts";
import type { SourceRegistry } from "../../src/model/schemas/source.ts";
import { sourceCitations } from "./citations.ts";
import type { Lang } from "../../src/model/languages.ts";
import type { SiteData } from "../../src/model/pageData.ts";
import { html, type SafeHtml } from "../../src/helpers/html.ts";

/**
 * A program's name on a page in `lang`, marked `lang="en"` when it stays in English there (a proper name
 * such as "ALS Focus", which its translation leaves out), so a screen reader says it in English.
 */
export function programName(program: Program, lang: Lang, translations: Pick<SiteData, "es">): SafeHtml {
  const english = lang !== "en" && !translations.es?.programs?.[program.slug]?.name;
  return english ? html`<span lang="en">${program.name}</span>` : html`${program.name}`;
}

export function programUrl(program: Program, lang: Lang = "en"): string {
  return pageUrl("program", program.slug, lang);
}

export function sortPrograms(programs: Program[], lang: Lang = "en"): Program[] {
  return [...programs].sort((a, b) => a.name.localeCompare(b.name, lang));
}

export function programStructuredData(program: Program, site: Site, registry: SourceRegistry, citedIds: readonly string[], lang: Lang = "en"): object {
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    name: program.name,
    url: absoluteUrl(site.url, programUrl(program, lang)),
    description: program.summary,
    inLanguage: lang,
    lastReviewed: program.lastReviewed,
    about: {
      "@type": "Service",
      name: program.name,
      provider: { "@type": "Organization", name: program.runBy },
      ...(program.website ? { url: program.website } : {}),
    },
    citation: sourceCitations(citedIds, registry),
  };
}
