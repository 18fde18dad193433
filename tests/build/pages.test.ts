/** The production build writes every page readers and later features rely on. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePost } from "../../src/model/checks/frontMatter.ts";
import { slugify } from "../../src/helpers/slugify.ts";
import { isUnlistedPage, unlistedPages } from "../../src/model/pageKinds.ts";
import { languageOfUrl } from "../../src/model/languages.ts";
import { siteWords, strings } from "../../src/model/strings/index.ts";
import siteData from "../../_data/site.ts";
import { allPagePaths, builtSitePath, pageExists, readPage, sitemapPaths } from "../helpers/builtSite.ts";
import { projectRoot } from "../helpers/project.ts";

interface PostFile {
  slug: string;
  title: string;
  draft: boolean;
  tags: string[];
}

async function postFiles(): Promise<PostFile[]> {
  const folder = path.join(projectRoot, "src/posts/en");
  const names = (await readdir(folder)).filter((name) => name.endsWith(".md"));
  return Promise.all(
    names.map(async (name) => {
      const { data } = parsePost(await readFile(path.join(folder, name), "utf8"));
      return { slug: slugify(name.replace(/\.md$/, "")), title: String(data.title), draft: data.draft === true, tags: (data.tags as string[]) ?? [] };
    }),
  );
}

async function dataSlugs(folder: string): Promise<string[]> {
  return (await readdir(path.join(projectRoot, "_data", folder))).filter((name) => name.endsWith(".ts")).map((name) => name.replace(/\.ts$/, ""));
}

const fixedUrls = [
  "/",
  "/posts/",
  "/drugs/",
  "/programs/",
  "/glossary/",
  "/about/",
  "/accessibility/",
  "/offline/",
  "/404.html",
  "/feed.xml",
  "/feed.json",
  "/sitemap.xml",
  "/robots.txt",
];

describe("production build", () => {
  let site: string;
  let posts: PostFile[];
  beforeAll(async () => {
    site = builtSitePath();
    posts = await postFiles();
  });

  it.each(fixedUrls)("writes %s", (url) => {
    expect(pageExists(site, url), url).toBe(true);
  });

  it("writes one page per published post and none for drafts", async () => {
    const published = posts.filter((post) => !post.draft);
    expect(published.length).toBeGreaterThan(0);
    const written = (await readdir(path.join(site, "posts"), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    expect(written.map((entry) => entry.name).sort()).toEqual(published.map((post) => post.slug).sort());
    for (const draft of posts.filter((post) => post.draft)) {
      expect(pageExists(site, `/posts/${draft.slug}/`)).toBe(false);
    }
  });

  it("writes one page per drug, per program and per tag", async () => {
    for (const slug of await dataSlugs("drugs")) expect(pageExists(site, `/drugs/${slug}/`), slug).toBe(true);
    for (const slug of await dataSlugs("programs")) expect(pageExists(site, `/programs/${slug}/`), slug).toBe(true);
    const tags = new Set(posts.filter((post) => !post.draft).flatMap((post) => post.tags.map(slugify)));
    expect(tags.size).toBeGreaterThan(0);
    for (const tag of tags) expect(pageExists(site, `/tags/${tag}/`), tag).toBe(true);
  });

  it("lists every HTML page in the sitemap but the fallback and error pages, and nothing that does not exist", async () => {
    const listed = await sitemapPaths(site);
    const htmlPages: string[] = [];
    const walk = async (folder: string, prefix: string) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
        else if (entry.name === "index.html") htmlPages.push(prefix);
      }
    };
    await walk(site, "/");
    expect(htmlPages).toContain("/offline/");
    expect(listed.sort()).toEqual(htmlPages.filter((url) => !isUnlistedPage(url)).sort());
  });

  it("keeps the offline fallback and the 404 page out of the sitemap", async () => {
    const listed = await sitemapPaths(site);
    expect(unlistedPages.map((unlisted) => unlisted.url)).toEqual(expect.arrayContaining(["/offline/", "/404.html"]));
    for (const { url } of unlistedPages) {
      expect(pageExists(site, url), url).toBe(true);
      expect(listed, url).not.toContain(url);
    }
  });

  it("asks search engines not to index the fallback and error pages, and only those", async () => {
    const noIndex = '<meta name="robots" content="noindex">';
    for (const url of await allPagePaths(site)) {
      const html = await readPage(site, url);
      expect(html.includes(noIndex), url).toBe(isUnlistedPage(url));
      expect(html.match(/<meta name="robots"/g)?.length ?? 0, url).toBe(isUnlistedPage(url) ? 1 : 0);
    }
  });

  it("gives every page one h1, lang, landmarks, skip link, disclaimer, title, description, canonical and Open Graph", async () => {
    for (const url of await sitemapPaths(site)) {
      const html = await readPage(site, url);
      expect(html.match(/<h1[\s>]/g)?.length, `${url}: h1 count`).toBe(1);
      expect(html, url).toContain(`<html lang="${languageOfUrl(url)}">`);
      for (const landmark of ["<header", "<nav", "<main", "<footer"]) expect(html, `${url}: ${landmark}`).toContain(landmark);
      expect(html, url).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, url).toContain(languageOfUrl(url) === "en" ? siteData.disclaimer : siteWords.es.disclaimer);
      expect(html, url).toMatch(/<title>[^<]+<\/title>/);
      expect(html, url).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, url).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
      expect(html, url).toMatch(/<meta property="og:title" content="[^"]+">/);
      if (url !== "/" && url !== "/es/") {
        expect(html, `${url}: breadcrumbs`).toMatch(
          new RegExp(`<nav class="breadcrumbs" aria-label="${strings(languageOfUrl(url)).shell.breadcrumbNav}">[\\s\\S]*aria-current="page"`),
        );
      }
    }
  });

  it("shows each post's date as <time datetime>, its tags and links to neighbours", async () => {
    const html = await readPage(site, "/posts/tofersen-real-world-results/");
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">[A-Z][a-z]+ \d{1,2}, \d{4}<\/time>/);
    expect(html).toMatch(/href="\/tags\/tofersen\/"/);
    expect(html).toMatch(/rel="(prev|next)"/);
  });

  it("lists posts newest first", async () => {
    const html = await readPage(site, "/posts/");
    const dates = [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((match) => match[1]!);
    expect(dates.length).toBe(posts.filter((post) => !post.draft).length);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
