/**
 * On the real built site: every drug, program and post page names its sources, section by section, with
 * https links a reader can follow; safety information appears on every approved drug; status and dates are
 * told honestly; and the structured data states only what is known.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataFile } from "../../src/model/checks/dataFiles.ts";
import { parsePost } from "../../src/model/checks/frontMatter.ts";
import { postSections } from "../../src/model/postSections.ts";
import { labelledStatuses, type Drug } from "../../src/model/schemas/drug.ts";
import type { Program } from "../../src/model/schemas/program.ts";
import { sourceAddress, type SourceRegistry } from "../../src/model/schemas/source.ts";
import { allPagePaths, builtSitePath, readPage } from "../helpers/builtSite.ts";
import { projectRoot } from "../helpers/project.ts";

async function loadFolder<T>(folder: string, kind: "drug" | "program"): Promise<T[]> {
  const names = (await readdir(path.join(projectRoot, "_data", folder))).filter((name) => name.endsWith(".ts"));
  return Promise.all(
    names.map(async (name) => {
      const loaded = await readDataFile(path.join(projectRoot, "_data", folder, name));
      if (Array.isArray(loaded) || loaded.kind !== kind) throw new Error(`${name} does not load`);
      return loaded.value as T;
    }),
  );
}

/** The HTML of one `<section aria-labelledby="id">` of a page. */
function sectionHtml(html: string, id: string): string | undefined {
  const start = html.indexOf(`<section class="content-section" aria-labelledby="${id}">`);
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf("</section>", start));
}

/** The in-page citation targets a page links to, and the citations it has. */
function citationLinks(html: string): { links: string[]; anchors: Set<string> } {
  return {
    links: [...html.matchAll(/<a href="#(source-[a-z0-9-]+)">/g)].map((match) => match[1]!),
    anchors: new Set([...html.matchAll(/<li id="(source-[a-z0-9-]+)">/g)].map((match) => match[1]!)),
  };
}

function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match): unknown => JSON.parse(match[1]!));
}

/** Every value of `key` anywhere inside a JSON value. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([name, item]: [string, unknown]) => [...(name === key ? [item] : []), ...valuesOf(item, key)]);
  }
  return [];
}

describe("sourced, dated, safe content on the built site", () => {
  let site: string;
  let drugs: Drug[];
  let programs: Program[];
  let registry: SourceRegistry;
  beforeAll(async () => {
    site = builtSitePath();
    drugs = await loadFolder<Drug>("drugs", "drug");
    programs = await loadFolder<Program>("programs", "program");
    const loaded = await readDataFile(path.join(projectRoot, "_data/sources.ts"));
    if (Array.isArray(loaded) || loaded.kind !== "sources") throw new Error("the source registry does not load");
    registry = loaded.value;
  });

  it("ends each fact-bearing section of a drug page with its sources, one step from the full citation", async () => {
    for (const drug of drugs) {
      const html = await readPage(site, `/drugs/${drug.slug}/`);
      for (const id of ["who-it-is-for", "how-it-works", "how-it-is-given", "evidence", "status"]) {
        expect(sectionHtml(html, id), `${drug.slug} #${id}`).toContain('<div class="section-sources"');
      }
      if (labelledStatuses.includes(drug.status)) {
        expect(sectionHtml(html, "side-effects"), drug.slug).toContain('<div class="section-sources"');
        expect(sectionHtml(html, "tests"), drug.slug).toContain('<div class="section-sources"');
      }
      const { links, anchors } = citationLinks(html);
      expect(links.length, drug.slug).toBeGreaterThan(0);
      for (const link of links) expect(anchors.has(link), `${drug.slug}: ${link}`).toBe(true);
    }
  });

  it("gives every cited source a full citation whose link is its https address", async () => {
    const pages = [...drugs.map((drug) => `/drugs/${drug.slug}/`), ...programs.map((program) => `/programs/${program.slug}/`)];
    for (const url of pages) {
      const html = await readPage(site, url);
      const { anchors } = citationLinks(html);
      expect(anchors.size, url).toBeGreaterThan(0);
      for (const anchor of anchors) {
        const source = registry[anchor.replace(/^source-/, "")]!;
        expect(source, `${url}: ${anchor}`).toBeDefined();
        expect(sourceAddress(source)).toMatch(/^https:\/\//);
        expect(html, `${url}: ${source.id}`).toContain(`href="${sourceAddress(source).replace(/&/g, "&amp;")}"`);
      }
    }
  });

  it("ends each section of a post with its sources, as its markdown says", async () => {
    const names = (await readdir(path.join(projectRoot, "src/posts/en"))).filter((name) => name.endsWith(".md"));
    for (const name of names) {
      const { data, body } = parsePost(await readFile(path.join(projectRoot, "src/posts/en", name), "utf8"));
      if (data.draft === true) continue;
      const html = await readPage(site, `/posts/${name.replace(/\.md$/, "")}/`);
      const citing = postSections(body).filter((section) => (section.cites ?? []).length > 0);
      expect(citing.length, name).toBeGreaterThan(0);
      expect(html.match(/<div class="section-sources"/g)?.length, name).toBe(citing.length);
      const { links, anchors } = citationLinks(html);
      for (const link of links) expect(anchors.has(link), `${name}: ${link}`).toBe(true);
      expect(html).not.toMatch(/<p>Sources:/);
    }
  });

  it("never tells a reader that there are no side effects", async () => {
    for (const url of await allPagePaths(site)) {
      expect(await readPage(site, url), url).not.toMatch(/None reported/i);
    }
    for (const drug of drugs.filter((item) => item.sideEffects.warnings.length + item.sideEffects.common.length === 0)) {
      const html = await readPage(site, `/drugs/${drug.slug}/`);
      expect(sectionHtml(html, "side-effects"), drug.slug).toContain("does not list side effects");
      expect(sectionHtml(html, "side-effects"), drug.slug).toContain("Every medicine can have side effects");
    }
  });

  it("shows the label's warnings, common side effects and tests on every approved or withdrawn drug", async () => {
    for (const drug of drugs.filter((item) => labelledStatuses.includes(item.status))) {
      const html = await readPage(site, `/drugs/${drug.slug}/`);
      expect(sectionHtml(html, "side-effects"), drug.slug).toContain("Warnings on the label");
      expect(sectionHtml(html, "side-effects"), drug.slug).toContain("Most common side effects");
      expect(sectionHtml(html, "tests"), drug.slug).toBeDefined();
      expect(
        drug.sources.sideEffects!.some((id) => registry[id]!.kind === "label"),
        drug.slug,
      ).toBe(true);
    }
  });

  it("dates a pipeline drug's status, says when and why one was stopped, and shows the newest source's date", async () => {
    for (const drug of drugs) {
      const html = await readPage(site, `/drugs/${drug.slug}/`);
      if (drug.status === "in-development")
        expect(html, drug.slug).toMatch(/Status as of (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
      if (drug.status === "stopped") expect(html, drug.slug).toContain("Development stopped");
      const reviewDates = html.slice(html.indexOf('<div class="review-dates">'));
      expect(reviewDates, drug.slug).toMatch(/Newest source on this page: <time datetime="\d{4}(-\d{2}){0,2}">/);
      if (drug.changes && drug.changes.length > 0) expect(html, drug.slug).toContain('<h2 id="what-changed">What changed on this page</h2>');
    }
  });

  it("says under a post's title which article it is adapted from, and says so in its JSON-LD", async () => {
    const names = (await readdir(path.join(projectRoot, "src/posts/en"))).filter((name) => name.endsWith(".md"));
    let adapted = 0;
    for (const name of names) {
      const { data } = parsePost(await readFile(path.join(projectRoot, "src/posts/en", name), "utf8"));
      if (data.draft === true || typeof data.basedOn !== "string") continue;
      adapted++;
      const original = registry[data.basedOn]!;
      const html = await readPage(site, `/posts/${name.replace(/\.md$/, "")}/`);
      expect(html).toMatch(new RegExp(`<p class="meta adapted-from">Adapted from: <a href="${sourceAddress(original).replace(/[.?]/g, "\\$&")}"`));
      const posting = jsonLdBlocks(html).find((block) => (block as { "@type"?: string })["@type"] === "BlogPosting") as {
        isBasedOn?: { url?: string };
        datePublished?: string;
      };
      expect(posting?.isBasedOn?.url).toBe(sourceAddress(original));
      expect(posting?.datePublished).toBe(data.date);
    }
    expect(adapted).toBeGreaterThan(0);
  });

  it("states only known publishers and dates in every page's JSON-LD", async () => {
    const known = new Set(Object.values(registry).map((source) => source.publisher));
    for (const url of await allPagePaths(site)) {
      for (const block of jsonLdBlocks(await readPage(site, url))) {
        const text = JSON.stringify(block);
        expect(text, url).not.toMatch(/Not named in our sources|The makers? of|unknown|TODO/i);
        for (const citation of valuesOf(block, "citation").flat() as Array<{
          publisher?: { name: string };
          isPartOf?: { name: string };
          datePublished?: string;
        }>) {
          const name = citation.publisher?.name ?? citation.isPartOf?.name;
          expect(known.has(name ?? ""), `${url}: ${name}`).toBe(true);
          if (citation.datePublished !== undefined) expect(citation.datePublished).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        }
      }
    }
  });
});
