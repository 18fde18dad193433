/**
 * The scripts' shared command-line helpers (`scripts/cli.ts`): recognising the entry script by its real
 * path, and each script's options, parsed by `util.parseArgs` in strict mode with the scripts' messages.
 */
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBenchArguments } from "../../scripts/bench.ts";
import { parseBuildOptions } from "../../scripts/buildOptions.ts";
import { parseCheckArguments } from "../../scripts/check.ts";
import { isMainModule } from "../../scripts/cli.ts";
import { parseNewArguments } from "../../scripts/new.ts";
import { parseSiteCheckArguments } from "../../scripts/site-checks.ts";
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

const buildExpected = "(expected --output DIR, --strict, --check, --quiet or --report FILE)";

describe("build options", () => {
  it("reads every option, with a value after a space or an =", () => {
    expect(parseBuildOptions(["--output", "out", "--strict", "--check", "--quiet", "--report=r.json"])).toEqual({
      output: path.resolve("out"),
      strict: true,
      check: true,
      quiet: true,
      report: path.resolve("r.json"),
    });
    expect(parseBuildOptions(["--output=site"])).toEqual({ output: path.resolve("site"), strict: false, check: false, quiet: false });
  });

  it("builds into _site by default", () => {
    expect(parseBuildOptions([]).output).toBe(path.resolve("_site"));
  });

  it("refuses an unknown option or argument, and an option with no value", () => {
    expect(() => parseBuildOptions(["--strikt"])).toThrow(`Unknown option "--strikt" ${buildExpected}`);
    expect(() => parseBuildOptions(["-s"])).toThrow(`Unknown option "-s" ${buildExpected}`);
    expect(() => parseBuildOptions(["site"])).toThrow(`Unknown option "site" ${buildExpected}`);
    expect(() => parseBuildOptions(["--output"])).toThrow("--output needs a value");
    expect(() => parseBuildOptions(["--output", "--strict"])).toThrow("--output needs a value");
    expect(() => parseBuildOptions(["--strict=no"])).toThrow(`--strict takes no value ${buildExpected}`);
  });
});

describe("check, new, site-checks and bench arguments", () => {
  it("check: nothing, or --strict", () => {
    expect(parseCheckArguments([])).toEqual({ strict: false });
    expect(parseCheckArguments(["--strict"])).toEqual({ strict: true });
    expect(() => parseCheckArguments(["--fix"])).toThrow('Unknown option "--fix" (expected nothing, or --strict)');
    expect(() => parseCheckArguments(["posts"])).toThrow('Unknown option "posts" (expected nothing, or --strict)');
  });

  it("new: a kind and a title, in one or several words", () => {
    expect(parseNewArguments(["post", "Breathing support: what's new?"])).toEqual({ kind: "post", title: "Breathing support: what's new?" });
    expect(parseNewArguments(["drug", "Masitinib", "tablets"])).toEqual({ kind: "drug", title: "Masitinib tablets" });
    expect(() => parseNewArguments(["recipe", "Soup"])).toThrow(
      /^Usage: npm run new -- post "Title".*\n\(expected one of post, drug, program, translation and a title; got "recipe"\)$/,
    );
    expect(() => parseNewArguments(["post"])).toThrow("(expected one of post, drug, program, translation and a title)");
    expect(() => parseNewArguments(["post", "--draft", "Soup"])).toThrow('Unknown option "--draft"');
  });

  it("site-checks: a folder and its options", () => {
    const { siteDir, options } = parseSiteCheckArguments([
      "built",
      "--prefix",
      "/als/",
      "--site-url",
      "https://example.org/",
      "--no-html-validate",
      "--workers",
      "2",
      "--cache",
      "c.json",
    ]);
    expect(siteDir).toBe(path.resolve("built"));
    expect(options).toEqual({ pathPrefix: "/als/", siteUrl: "https://example.org/", htmlValidate: false, workers: 2, cacheFile: path.resolve("c.json") });
    expect(() => parseSiteCheckArguments(["--workers"])).toThrow("--workers needs a value");
    expect(() => parseSiteCheckArguments(["--fast"])).toThrow(
      'Unknown option "--fast" (expected SITE_DIR, --prefix P, --site-url URL, --no-html-validate, --workers N or --cache FILE)',
    );
  });

  it("bench: sizes and --keep", () => {
    expect(parseBenchArguments([])).toEqual({ sizes: [4000], runs: 3, keep: false, watch: false });
    expect(parseBenchArguments(["--posts", "1000,4000", "--keep", "--runs", "1", "--watch"])).toEqual({
      sizes: [1000, 4000],
      runs: 1,
      keep: true,
      watch: true,
    });
    expect(() => parseBenchArguments(["--runs", "0"])).toThrow("--runs takes a whole number");
    expect(() => parseBenchArguments(["--posts=many"])).toThrow("--posts takes whole numbers");
    expect(() => parseBenchArguments(["--post", "10"])).toThrow('Unknown option "--post"');
  });
});
