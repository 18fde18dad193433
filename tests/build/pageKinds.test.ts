/**
 * Adding a page kind takes three files: the registry entry (src/model/pageKinds.ts), a template and its
 * content. A temporary copy of the project gets a throwaway "event" kind that way, and nothing else, and
 * the real build must then publish the event page, index it for search with its kind's filter, let the
 * search page offer that filter, precache it in its kind's place in the install order, list it in the
 * sitemap and the offline page list, and link glossary terms in it.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precacheUrls } from "../../src/pipeline/budgets.ts";
import { readPage, sitemapPaths } from "../helpers/builtSite.ts";
import { searchSite } from "../helpers/pagefindSearch.ts";
import { buildSite, copyProject, type RunResult } from "../helpers/project.ts";

const registryFile = "src/model/pageKinds.ts";
const registryEnd = "} satisfies Record<string, PageKind>;";

const eventEntry = `  event: {
    content: "_data/events.ts",
    layout: "src/pages/event.11ty.ts",
    url: "/events/:slug/",
    section: "Events",
    search: { type: "event", label: "Events" },
    sitemap: { priority: 0.4 },
    precache: 50,
    glossaryLinks: true,
  },
`;

const eventTemplate = `import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

interface Event {
  slug: string;
  name: string;
  about: string;
}

export const data = {
  pageKind: "event",
  pagination: { data: "events", size: 1, alias: "event", addAllPagesToCollections: true },
  permalink: (data: { event: Event }) => pageUrl("event", data.event.slug),
  eleventyComputed: { title: (data: { event: Event }) => data.event.name },
};

export default function render(this: TemplateContext, data: SiteData & { event: Event }): string {
  return renderPage(this, data, {
    description: data.event.about,
    trail: [{ title: data.event.name, url: data.page.url }],
    body: html\`<h1>\${data.event.name}</h1>\\n<p>\${data.event.about}</p>\`,
  });
}
`;

const eventData = `export default [{ slug: "quokka-meetup", name: "Quokka meetup", about: "A throwaway test event where people talk about zebrafish and ALS." }];
`;

describe("adding a page kind", () => {
  let project: Awaited<ReturnType<typeof copyProject>>;
  let site: string;
  let build: RunResult;
  const written = new Set<string>();

  beforeAll(async () => {
    project = await copyProject();
    const registryPath = path.join(project.root, registryFile);
    const registry = await readFile(registryPath, "utf8");
    expect(registry).toContain(registryEnd);
    await writeFile(registryPath, registry.replace(registryEnd, `${eventEntry}${registryEnd}`));
    written.add(registryFile);
    for (const [file, text] of [
      ["src/pages/event.11ty.ts", eventTemplate],
      ["_data/events.ts", eventData],
    ] as const) {
      await project.write(file, text);
      written.add(file);
    }
    site = path.join(project.root, "_site");
    build = await buildSite(project.root, site, ["--quiet"]);
  });
  afterAll(() => project?.remove());

  it("takes three files: the registry entry, a template and one content file", () => {
    expect([...written].sort()).toEqual(["_data/events.ts", registryFile, "src/pages/event.11ty.ts"]);
    expect(build.code, build.output).toBe(0);
  });

  it("builds the page with its title, and the layout writes its kind's search filter", async () => {
    const page = await readPage(site, "/events/quokka-meetup/");
    expect(page).toContain("<title>Quokka meetup | ");
    expect(page).toContain("<h1>Quokka meetup</h1>");
    expect(page).toMatch(/<main id="main" tabindex="-1" data-pagefind-body>\s*<span data-pagefind-filter="type:event"><\/span>/);
    expect(page).not.toContain('name="robots"');
  });

  it("is in the search index under its kind's filter, and the search page offers that filter", async () => {
    const events = await searchSite(site, { type: "event" });
    expect(events.map((result) => result.url)).toEqual(["/events/quokka-meetup/"]);
    expect(events[0]!.filters.type).toEqual(["event"]);
    expect((await searchSite(site, {}, "quokka")).map((result) => result.url)).toEqual(["/events/quokka-meetup/"]);
    const searchPage = await readPage(site, "/search/");
    expect(searchPage).toContain('<label class="choice"><input type="radio" name="type" value="event"> Events</label>');
  });

  it("is precached in its kind's place in the install order: after the posts (40), before the topics (60)", async () => {
    const precached = precacheUrls(await readFile(path.join(site, "sw.js"), "utf8"));
    const position = precached.indexOf("events/quokka-meetup/");
    expect(position).toBeGreaterThan(-1);
    const lastPost = Math.max(...precached.map((url, index) => (/^posts\/[^/]+\/$/.test(url) && url !== "posts/" ? index : -1)));
    const firstTopic = precached.findIndex((url) => /^tags\/[^/]+\/$/.test(url));
    expect(lastPost).toBeGreaterThan(-1);
    expect(position).toBeGreaterThan(lastPost);
    expect(position).toBeLessThan(firstTopic);
  });

  it("is listed in the sitemap with its kind's priority, and in the offline page list under its section", async () => {
    expect(await sitemapPaths(site)).toContain("/events/quokka-meetup/");
    expect(await readFile(path.join(site, "sitemap.xml"), "utf8")).toMatch(/\/events\/quokka-meetup\/<\/loc><priority>0\.4<\/priority>/);
    const index = JSON.parse(await readFile(path.join(site, "offline-index.json"), "utf8")) as Array<{
      url: string;
      title: string;
      section: string;
      lang: string;
    }>;
    expect(index).toContainEqual({ url: "/events/quokka-meetup/", title: "Quokka meetup", section: "Events", lang: "en" });
  });

  it("links glossary terms, as its kind says", async () => {
    const main = (await readPage(site, "/events/quokka-meetup/")).split("<main")[1]!;
    expect(main).toContain(
      '<a class="glossary-link" href="/glossary/#amyotrophic-lateral-sclerosis"><abbr title="Amyotrophic lateral sclerosis">ALS</abbr></a>',
    );
  });
});
