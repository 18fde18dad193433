/**
 * `/offline-index.json`: every HTML page's address, title and section, taken from the HTML Eleventy
 * just rendered (no file is read again). The offline page uses it to list what is saved on the device.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { decodeHTML } from "entities";
import { isUnlistedPage } from "../model/unlistedPages.ts";
import type { WrittenPage } from "./eleventy.ts";

export interface PageIndexEntry {
  url: string;
  title: string;
  section: string;
}

const sections: Array<[prefix: string, name: string]> = [
  ["/drugs/", "Treatments"],
  ["/programs/", "Programs"],
  ["/posts/", "News"],
  ["/tags/", "News topics"],
  ["/glossary/", "Glossary"],
];

function sectionOf(url: string): string {
  return sections.find(([prefix]) => url.startsWith(prefix))?.[1] ?? "About this site";
}

export function htmlPages(pages: WrittenPage[]): WrittenPage[] {
  return pages.filter((page) => page.url.endsWith("/") && page.outputPath.endsWith(".html"));
}

export function buildPageIndex(pages: WrittenPage[], siteTitle: string): PageIndexEntry[] {
  const suffix = ` | ${siteTitle}`;
  return htmlPages(pages)
    .filter((page) => !isUnlistedPage(page.url))
    .map((page) => {
      const title = decodeHTML(page.content.match(/<title>([^<]*)<\/title>/)?.[1] ?? page.url);
      return { url: page.url, title: title.endsWith(suffix) ? title.slice(0, -suffix.length) : title, section: sectionOf(page.url) };
    })
    .sort((a, b) => a.section.localeCompare(b.section) || a.title.localeCompare(b.title));
}

export async function writePageIndex(output: string, pages: WrittenPage[], siteTitle: string): Promise<void> {
  await writeFile(path.join(output, "offline-index.json"), JSON.stringify(buildPageIndex(pages, siteTitle)));
}
