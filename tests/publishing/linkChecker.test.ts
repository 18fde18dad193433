/**
 * The weekly source-link check (see the workflow test for when it runs): its configuration, and that the
 * page it reads lists every source address. CI has no internet, so the web itself is not contacted here.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readDataFile } from "../../src/model/checks/dataFiles.ts";
import { sourceAddress, type SourceRegistry } from "../../src/model/schemas/source.ts";
import { builtSitePath, readPage } from "../helpers/builtSite.ts";
import { projectRoot } from "../helpers/project.ts";

interface LinkinatorConfig {
  recurse?: boolean;
  serverRoot?: string;
  skip?: string[];
  requireHttps?: string;
  retryErrors?: boolean;
  timeout?: number;
}

describe("the source link checker", () => {
  let config: LinkinatorConfig;
  let script: string;
  let registry: SourceRegistry;
  beforeAll(async () => {
    config = JSON.parse(await readFile(path.join(projectRoot, "linkinator.config.json"), "utf8")) as LinkinatorConfig;
    const pkg = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    script = pkg.scripts["check-source-links"]!;
    expect(pkg.devDependencies.linkinator).toMatch(/^\d+\.\d+\.\d+$/);
    const loaded = await readDataFile(path.join(projectRoot, "_data/sources.ts"));
    if (Array.isArray(loaded) || loaded.kind !== "sources") throw new Error("the source registry does not load");
    registry = loaded.value;
  });

  it("runs linkinator on the built /sources/ page with its config, one page deep", () => {
    expect(script).toBe("linkinator _site/sources/index.html --config linkinator.config.json");
    expect(config.recurse).toBe(false);
    expect(config.serverRoot).toBe("_site");
    expect(config.requireHttps).toBe("error");
    expect(config.retryErrors).toBe(true);
    expect(config.timeout).toBeGreaterThan(0);
  });

  it("skips only the site's own pages, never a source's address", () => {
    const skips = (config.skip ?? []).map((pattern) => new RegExp(pattern));
    expect(skips.some((skip) => skip.test("http://localhost:5173/drugs/"))).toBe(true);
    for (const source of Object.values(registry)) {
      for (const skip of skips) expect(skip.test(sourceAddress(source)), `${source.id} is skipped by ${skip}`).toBe(false);
    }
  });

  it("finds every source address on the page it reads", async () => {
    const html = await readPage(builtSitePath(), "/sources/");
    const hrefs = new Set([...html.matchAll(/<a href="(https:[^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&")));
    for (const source of Object.values(registry)) expect(hrefs.has(sourceAddress(source)), source.id).toBe(true);
  });
});
