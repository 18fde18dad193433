/**
 * `/sitemap.xml`: every page readers may find in a search engine, for search engines and for our own tests;
 * the offline fallback and the 404 page are left out (`src/model/unlistedPages.ts`).
 */
import type { SiteData } from "../model/pageData.ts";
import type { CollectionItem } from "../model/eleventy.ts";
import { escapeHtml } from "../helpers/html.ts";
import { absoluteUrl } from "../model/siteUrls.ts";
import { isUnlistedPage } from "../model/unlistedPages.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export default function render(data: SiteData & { collections: { all: CollectionItem[] } }): string {
  const urls = [...new Set(data.collections.all.map((item) => item.url).filter((url) => url.endsWith("/") && !isUnlistedPage(url)))].sort();
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${escapeHtml(absoluteUrl(data.site.url, url))}</loc></url>`).join("\n")}
</urlset>
`;
}
