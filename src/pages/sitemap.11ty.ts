/**
 * `/sitemap.xml`: every page readers may find in a search engine, in every language, for search engines and
 * for our own tests, with the priority its kind gives it and its other-language versions (`xhtml:link`
 * alternates, both ways, from `locale_links`); the kinds and pages whose `sitemap` is `false` (the
 * offline fallback, the 404 page) are left out (`src/model/pageKinds.ts`).
 */
import type { SiteData } from "../model/pageData.ts";
import type { CollectionItem, TemplateContext } from "../model/eleventy.ts";
import { escapeHtml } from "../helpers/html.ts";
import { absoluteUrl } from "../model/siteUrls.ts";
import { pageKindOf, pageSettings } from "../model/pageKinds.ts";
import { languageOfUrl } from "../model/languages.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export default function render(this: TemplateContext, data: SiteData & { collections: { all: CollectionItem[] } }): string {
  const priorities = new Map<string, number>();
  for (const { url, data: pageData } of data.collections.all) {
    // Pages that are not written (a language without that page: `permalink: false`) have no address.
    if (typeof url !== "string" || !url.endsWith("/")) continue;
    const { sitemap } = pageSettings(pageKindOf(pageData.pageKind, url), url);
    if (sitemap !== false) priorities.set(url, sitemap.priority);
  }
  const urls = [...priorities.keys()].sort();
  const address = (url: string) => escapeHtml(absoluteUrl(data.site.url, url));
  const alternates = (url: string) => {
    const others = this.locale_links(url).filter((link) => priorities.has(link.url));
    if (others.length === 0) return "";
    const all = [{ url, lang: languageOfUrl(url) }, ...others].sort((a, b) => a.lang.localeCompare(b.lang));
    return all.map((link) => `\n    <xhtml:link rel="alternate" hreflang="${link.lang}" href="${address(link.url)}"/>`).join("");
  };
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.map((url) => `  <url><loc>${address(url)}</loc><priority>${priorities.get(url)!.toFixed(1)}</priority>${alternates(url)}</url>`).join("\n")}
</urlset>
`;
}
