/** The scripts' shared command-line helpers (`scripts/cli.ts`): recognising the entry script by its real path. */
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMainModule } from "../../scripts/cli.ts";
import { temporaryFolder } from "../helpers/project.ts";

describe("isMainModule", () => {
  let folder: string;
  let script: string;
  beforeAll(async () => {
    folder = await temporaryFolder("als-cli-");
    await mkdir(path.join(folder, "My Sites/año"), { recursive: true });
    script = path.join(folder, "My Sites/año/build.ts");
    await writeFile(script, "");
    await symlink(path.join(folder, "My Sites/año"), path.join(folder, "linked"), "dir");
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("matches the script's own URL, in a folder with a space and an ñ", () => {
    const url = pathToFileURL(script).href;
    expect(url).toContain("My%20Sites/a%C3%B1o"); // what made comparing URLs with paths fail
    expect(isMainModule(url, script)).toBe(true);
  });

  it("matches a relative path and a path through a symlink", () => {
    const url = pathToFileURL(script).href;
    expect(isMainModule(url, path.relative(process.cwd(), script))).toBe(true);
    expect(isMainModule(url, path.join(folder, "linked/build.ts"))).toBe(true);
  });

  it("does not match another script, or no script", () => {
    const url = pathToFileURL(script).href;
    expect(isMainModule(url, path.join(folder, "My Sites/año/check.ts"))).toBe(false);
    expect(isMainModule(url, undefined)).toBe(false);
  });
});
