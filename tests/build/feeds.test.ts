/** Both feeds parse and list every published post. */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { builtSitePath } from "../helpers/builtSite.ts";

/** An Atom entry as fast-xml-parser reads it (attributes prefixed with "@_"). */
interface AtomEntry {
  title: string;
  link: { "@_href": string };
}

describe("feeds", () => {
  let site: string;
  let postUrls: string[];
  beforeAll(async () => {
    site = builtSitePath();
    const folders = (await readdir(path.join(site, "posts"), { withFileTypes: true })).filter((entry) => entry.isDirectory());
    postUrls = folders.map((entry) => `/posts/${entry.name}/`).sort();
  });

  it("Atom feed is well-formed XML with one entry per published post", async () => {
    const xml = await readFile(path.join(site, "feed.xml"), "utf8");
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { entry: AtomEntry | AtomEntry[] } };
    const entries = [parsed.feed.entry].flat();
    expect(entries.map((entry) => new URL(entry.link["@_href"]).pathname).sort()).toEqual(postUrls);
    for (const entry of entries) expect(entry.title).toBeTruthy();
  });

  it("JSON Feed parses and lists every published post", async () => {
    const feed = JSON.parse(await readFile(path.join(site, "feed.json"), "utf8")) as { version: string; items: { url: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.map((item: { url: string }) => new URL(item.url).pathname).sort()).toEqual(postUrls);
  });
});
