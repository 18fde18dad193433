/**
 * `/offline-index.json`: every listed HTML page's address, title and section, from the page data Eleventy
 * returns with each page (its `title` and `pageKind`; the section comes from the kind,
 * `src/model/pageKinds.ts`). The offline page uses it to list what is saved on the device.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pageKindOf, pageSettings, type PageKindName } from "../model/pageKinds.ts";
import type { WrittenPage } from "./eleventy.ts";
import { languageOfUrl, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";

export interface PageIndexEntry {
  url: string;
  title: string;
  /** The section's name in the page's language. */
  section: string;
  lang: Lang;
}

/** What the offline list reads of a written page (not its HTML). */
export type ListedPage = Pick<WrittenPage, "url" | "outputPath" | "data">;

export function htmlPages<Page extends ListedPage>(pages: Page[]): Page[] {
  return pages.filter((page) => page.url.endsWith("/") && page.outputPath.endsWith(".html"));
}

/** A page's kind, from the data Eleventy returned with it. */
export function kindOfPage(page: ListedPage): PageKindName {
  return pageKindOf(page.data?.pageKind, page.url);
}

export function buildPageIndex(pages: ListedPage[]): PageIndexEntry[] {
  return htmlPages(pages)
    .map((page) => ({ page, settings: pageSettings(kindOfPage(page), page.url) }))
    .filter(({ settings }) => settings.sitemap !== false)
    .map(({ page, settings }) => {
      const title = page.data?.title;
      if (typeof title !== "string" || title === "") throw new Error(`${page.url}: the page has no title in its data`);
      const lang = languageOfUrl(page.url);
      return { url: page.url, title, section: strings(lang).kindLabels[settings.section] ?? settings.section, lang };
    })
    .sort((a, b) => a.section.localeCompare(b.section) || a.title.localeCompare(b.title));
}

export async function writePageIndex(output: string, pages: ListedPage[]): Promise<void> {
  await writeFile(path.join(output, "offline-index.json"), JSON.stringify(buildPageIndex(pages)));
}
