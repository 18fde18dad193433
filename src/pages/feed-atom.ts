/** `/feed.xml` (and `/es/feed.xml`, the translated posts): the news feed in Atom. */
import { escapeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { feedEntries, feedUpdated } from "../model/feeds.ts";
import { absoluteUrl } from "../model/siteUrls.ts";
import { localizedUrl, type Lang } from "../model/languages.ts";
import { localPosts } from "../model/localContent.ts";
import { siteText } from "../../_includes/components/siteText.ts";

export default function atomFeed(lang: Lang) {
  const self = localizedUrl("/feed.xml", lang);
  return {
    // eleventyImport: `npm start` rebuilds the feed when a post changes (Eleventy cannot see the use in render).
    data: { permalink: self, eleventyExcludeFromCollections: true, eleventyImport: { collections: ["posts"] } },
    render(data: SiteData): string {
      const { site } = data;
      const text = siteText(site, lang);
      const posts = localPosts(data, lang);
      const home = absoluteUrl(site.url, localizedUrl("/", lang));
      const entries = feedEntries(posts, site.url).map(
        (entry) => `  <entry>
    <title>${escapeHtml(entry.title)}</title>
    <link href="${escapeHtml(entry.url)}"/>
    <id>${escapeHtml(entry.url)}</id>
    <updated>${entry.updated}</updated>
    <summary>${escapeHtml(entry.summary)}</summary>${entry.contentHtml ? `\n    <content type="html">${escapeHtml(entry.contentHtml)}</content>` : ""}
  </entry>`,
      );
      return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(lang)}">
  <title>${escapeHtml(site.title)}</title>
  <subtitle>${escapeHtml(text.description)}</subtitle>
  <link href="${escapeHtml(absoluteUrl(site.url, self))}" rel="self"/>
  <link href="${escapeHtml(home)}"/>
  <id>${escapeHtml(home)}</id>
  <updated>${feedUpdated(posts.length > 0 ? posts : data.collections.posts)}</updated>
  <author><name>${escapeHtml(text.maintainer)}</name></author>
${entries.join("\n")}
</feed>
`;
    },
  };
}
