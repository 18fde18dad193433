/** `/feed.json` (and `/es/feed.json`, the translated posts): the news feed in JSON Feed 1.1. */
import type { SiteData } from "../model/pageData.ts";
import { feedEntries } from "../model/feeds.ts";
import { absoluteUrl } from "../model/siteUrls.ts";
import { localizedUrl, type Lang } from "../model/languages.ts";
import { localPosts } from "../model/localContent.ts";
import { siteText } from "../../_includes/components/siteText.ts";

export default function jsonFeed(lang: Lang) {
  const self = localizedUrl("/feed.json", lang);
  return {
    // eleventyImport: `npm start` rebuilds the feed when a post changes (Eleventy cannot see the use in render).
    data: { permalink: self, eleventyExcludeFromCollections: true, eleventyImport: { collections: ["posts"] } },
    render(data: SiteData): string {
      const { site } = data;
      const text = siteText(site, lang);
      return JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: site.title,
        description: text.description,
        language: lang,
        home_page_url: absoluteUrl(site.url, localizedUrl("/", lang)),
        feed_url: absoluteUrl(site.url, self),
        authors: [{ name: text.maintainer }],
        items: feedEntries(localPosts(data, lang), site.url).map((entry) => ({
          id: entry.url,
          url: entry.url,
          title: entry.title,
          summary: entry.summary,
          date_published: entry.updated,
          ...(entry.contentHtml ? { content_html: entry.contentHtml } : { content_text: entry.summary }),
        })),
      });
    },
  };
}
