/**
 * Drafts: left out of production builds everywhere, and shown by the preview (`npm start`). The shared
 * builds are made from the project with one draft post added (tests/helpers/sharedBuilds.ts).
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileForUrl, sitemapPaths } from "../helpers/builtSite.ts";
import { draftPost, sharedBuild } from "../helpers/sharedBuilds.ts";

describe("drafts", () => {
  it("are left out of the production build: no page, no tag, not in the sitemap, lists or feeds", async () => {
    const site = sharedBuild("production");
    expect(existsSync(fileForUrl(site, draftPost.url))).toBe(false);
    expect(existsSync(path.join(site, `tags/${draftPost.tag}/index.html`))).toBe(false);
    expect(await sitemapPaths(site)).not.toContain(draftPost.url);
    for (const file of ["posts/index.html", "feed.xml", "feed.json", "index.html", "tags/index.html"]) {
      expect(await readFile(path.join(site, file), "utf8"), file).not.toContain(draftPost.title);
    }
  });

  it("are built by the preview", async () => {
    const html = await readFile(fileForUrl(sharedBuild("preview"), draftPost.url), "utf8");
    expect(html).toContain(draftPost.title);
    expect(html).toContain("draft: not published");
    expect(existsSync(path.join(sharedBuild("preview"), `tags/${draftPost.tag}/index.html`))).toBe(true);
  });
});
