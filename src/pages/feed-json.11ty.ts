/** `/feed.json`: the news feed in JSON Feed 1.1. */
import type { SiteData } from "../model/pageData.ts";
import { feedEntries } from "../model/feeds.ts";
import { absoluteUrl } from "../model/siteUrls.ts";

// eleventyImport: `npm start` rebuilds the feed when a post changes (Eleventy cannot see the use in render).
export const data = { permalink: "/feed.json", eleventyExcludeFromCollections: true, eleventyImport: { collections: ["posts"] } };

export default function render(data: SiteData): string {
  const { site } = data;
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    description: site.description,
    language: site.language,
    home_page_url: absoluteUrl(site.url, "/"),
    feed_url: absoluteUrl(site.url, "/feed.json"),
    authors: [{ name: site.maintainer }],
    items: feedEntries(data.collections.posts, site.url).map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      date_published: entry.updated,
      ...(entry.contentHtml ? { content_html: entry.contentHtml } : { content_text: entry.summary }),
    })),
  });
}
