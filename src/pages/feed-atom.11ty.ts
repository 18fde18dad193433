/** `/feed.xml`: the news feed in Atom. */
import { escapeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { feedEntries, feedUpdated } from "../model/feeds.ts";
import { absoluteUrl } from "../model/siteUrls.ts";

// eleventyImport: `npm start` rebuilds the feed when a post changes (Eleventy cannot see the use in render).
export const data = { permalink: "/feed.xml", eleventyExcludeFromCollections: true, eleventyImport: { collections: ["posts"] } };

export default function render(data: SiteData): string {
  const { site } = data;
  const home = absoluteUrl(site.url, "/");
  const entries = feedEntries(data.collections.posts, site.url).map(
    (entry) => `  <entry>
    <title>${escapeHtml(entry.title)}</title>
    <link href="${escapeHtml(entry.url)}"/>
    <id>${escapeHtml(entry.url)}</id>
    <updated>${entry.updated}</updated>
    <summary>${escapeHtml(entry.summary)}</summary>${entry.contentHtml ? `\n    <content type="html">${escapeHtml(entry.contentHtml)}</content>` : ""}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(site.language)}">
  <title>${escapeHtml(site.title)}</title>
  <subtitle>${escapeHtml(site.description)}</subtitle>
  <link href="${escapeHtml(absoluteUrl(site.url, "/feed.xml"))}" rel="self"/>
  <link href="${escapeHtml(home)}"/>
  <id>${escapeHtml(home)}</id>
  <updated>${feedUpdated(data.collections.posts)}</updated>
  <author><name>${escapeHtml(site.maintainer)}</name></author>
${entries.join("\n")}
</feed>
`;
}
