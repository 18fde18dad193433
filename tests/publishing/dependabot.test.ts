/**
 * The Dependabot configuration (.github/dependabot.yml): valid YAML that proposes weekly updates for npm
 * and for GitHub Actions, each ecosystem's updates grouped into one pull request.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../helpers/project.ts";

interface Update {
  "package-ecosystem": string;
  directory: string;
  schedule: { interval: string; day?: string };
  groups?: Record<string, { patterns?: string[]; "dependency-type"?: string; "update-types"?: string[] }>;
  ignore?: Array<{ "dependency-name": string; "update-types"?: string[] }>;
}

describe("Dependabot configuration", () => {
  let config: { version: number; updates: Update[] };
  beforeAll(async () => {
    config = load(await readFile(path.join(projectRoot, ".github/dependabot.yml"), "utf8"), { schema: CORE_SCHEMA }) as typeof config;
  });

  it("is version 2 with one entry each for npm and GitHub Actions, at the project's root", () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update["package-ecosystem"]).sort()).toEqual(["github-actions", "npm"]);
    for (const update of config.updates) expect(update.directory).toBe("/");
  });

  it("checks each ecosystem weekly", () => {
    for (const update of config.updates) expect(update.schedule.interval, update["package-ecosystem"]).toBe("weekly");
  });

  it("groups all of an ecosystem's updates into one pull request", () => {
    for (const update of config.updates) {
      const groups = Object.values(update.groups ?? {});
      expect(groups, update["package-ecosystem"]).toHaveLength(1);
      expect(groups[0]?.patterns, update["package-ecosystem"]).toEqual(["*"]);
    }
  });

  it("keeps js-yaml on its major version (5 reads front matter several times slower)", () => {
    const npm = config.updates.find((update) => update["package-ecosystem"] === "npm");
    expect(npm?.ignore).toContainEqual({ "dependency-name": "js-yaml", "update-types": ["version-update:semver-major"] });
  });
});
