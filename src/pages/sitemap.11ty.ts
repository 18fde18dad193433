/**
 * `/sitemap.xml`: every page readers may find in a search engine, for search engines and for our own tests,
 * with the priority its kind gives it; the kinds and pages whose `sitemap` is `false` (the offline fallback,
 * the 404 page) are left out (`src/model/pageKinds.ts`).
 */
import type { SiteData } from "../model/pageData.ts";
import type { CollectionItem } from "../model/eleventy.ts";
import { escapeHtml } from "../helpers/html.ts";
import { absoluteUrl } from "../model/siteUrls.ts";
import { pageKindOf, pageSettings } from "../model/pageKinds.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export default function render(data: SiteData & { collections: { all: CollectionItem[] } }): string {
  const priorities = new Map<string, number>();
  for (const { url, data: pageData } of data.collections.all) {
    if (!url.endsWith("/")) continue;
    const { sitemap } = pageSettings(pageKindOf(pageData.pageKind, url), url);
    if (sitemap !== false) priorities.set(url, sitemap.priority);
  }
  const urls = [...priorities.keys()].sort();
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${escapeHtml(absoluteUrl(data.site.url, url))}</loc><priority>${priorities.get(url)!.toFixed(1)}</priority></url>`).join("\n")}
</urlset>
`;
}
