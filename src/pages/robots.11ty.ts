/** `/robots.txt`: everything may be indexed; points to the sitemap. */
import type { SiteData } from "../model/pageData.ts";
import { absoluteUrl } from "../model/siteUrls.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export default function render(data: SiteData): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(data.site.url, "/sitemap.xml")}\n`;
}
