/**
 * Shared by the two feeds (`/feed.xml`, Atom, and `/feed.json`, JSON Feed). Both list every published
 * post with its title, date, address and summary; the newest posts also carry their full text. (With
 * thousands of posts, full text for all would make each feed many megabytes for every reader's app.)
 */
import { dateToRfc3339, getNewestCollectionItemDate } from "@11ty/eleventy-plugin-rss";
import { absoluteUrl } from "./siteUrls.ts";
import type { PostItem } from "./pageData.ts";

/** How many of the newest posts carry their full text. */
export const postsWithFullText = 20;

export interface FeedEntry {
  title: string;
  url: string;
  updated: string;
  summary: string;
  /** Full HTML with absolute links, for the newest posts only. */
  contentHtml?: string;
}

/** Rewrites the post's own links (root-relative or relative) to absolute ones: feed readers show posts out of context. */
export function absoluteLinks(html: string, siteUrl: string, pageUrl: string): string {
  const pageAddress = absoluteUrl(siteUrl, pageUrl);
  return html.replace(/\b(href|src)="([^"]*)"/g, (match, attribute: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) return match;
    const absolute = value.startsWith("/") ? absoluteUrl(siteUrl, value) : new URL(value, pageAddress).href;
    return `${attribute}="${absolute}"`;
  });
}

export function feedEntries(posts: PostItem[], siteUrl: string): FeedEntry[] {
  const newest = [...posts].reverse();
  return newest.map((post, index) => ({
    title: post.data.title,
    url: absoluteUrl(siteUrl, post.url),
    updated: dateToRfc3339(post.date),
    summary: post.data.summary,
    ...(index < postsWithFullText ? { contentHtml: absoluteLinks(post.content, siteUrl, post.url) } : {}),
  }));
}

export function feedUpdated(posts: PostItem[]): string {
  return dateToRfc3339(getNewestCollectionItemDate(posts));
}
