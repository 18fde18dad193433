/**
 * Content freshness: a drug or program whose "next review" date has passed makes the build warn and
 * list it, shows readers a notice that the page may be out of date, and fails a `--strict` build (the
 * weekly scheduled run) and `npm run check -- --strict`. "Today" is fixed on both sides: every build and
 * check runs on the test clock (`SITE_TODAY=testToday`, see tests/helpers/project.ts), and each page here is
 * given its own review dates, so nothing depends on the real date.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtSitePath, readPage } from "../helpers/builtSite.ts";
import { buildSite, copyProject, projectRoot, runScript, testToday, type RunResult } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

const notice = "This page may be out of date.";

/** Sets a data file's review dates, checking that the file really changed. */
async function setReviewDates(project: Project, file: string, lastReviewed: string, nextReview: string): Promise<void> {
  const source = await readFile(path.join(project.root, file), "utf8");
  const changed = source
    .replace(/lastReviewed: "\d{4}-\d{2}-\d{2}"/, `lastReviewed: "${lastReviewed}"`)
    .replace(/nextReview: "\d{4}-\d{2}-\d{2}"/, `nextReview: "${nextReview}"`);
  expect(changed).not.toBe(source);
  await project.write(file, changed);
}

describe("pages past their review date", () => {
  let project: Project;
  let build: RunResult;
  const output = () => path.join(project.root, "out");

  beforeAll(async () => {
    project = await copyProject();
    await setReviewDates(project, "_data/drugs/tofersen.ts", "2019-12-10", "2020-06-01");
    await setReviewDates(project, "_data/programs/thinkals.ts", "2020-09-10", "2021-03-15");
    // Due on the test clock's day itself: not past yet.
    await setReviewDates(project, "_data/drugs/riluzole.ts", "2026-07-04", testToday);
    build = await buildSite(project.root, output(), ["--quiet"]);
  });
  afterAll(() => project.remove());

  it("the build still publishes, and warns with a list of every overdue page", () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain("Warning: 2 pages are past the review date:");
    expect(build.output).toContain("_data/drugs/tofersen.ts: nextReview: review was due on June 1, 2020");
    expect(build.output).toContain("_data/programs/thinkals.ts: nextReview: review was due on March 15, 2021");
    expect(build.output).not.toContain("_data/drugs/riluzole.ts: nextReview");
  });

  it("the overdue pages tell the reader they may be out of date; the others do not", async () => {
    const tofersen = await readPage(output(), "/drugs/tofersen/");
    expect(tofersen).toContain(notice);
    expect(tofersen).toMatch(/due for review on <time datetime="2020-06-01">June 1, 2020<\/time>/);
    expect(await readPage(output(), "/programs/thinkals/")).toContain(notice);
    // Riluzole is due on the test clock's day itself: not past yet.
    expect(await readPage(output(), "/drugs/riluzole/")).not.toContain(notice);
  });

  it("--strict fails the build, names the overdue pages and publishes nothing", async () => {
    const strictOutput = path.join(project.root, "strict-out");
    const result = await buildSite(project.root, strictOutput, ["--quiet", "--strict"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build failed at "Review dates (--strict)"');
    expect(result.output).toContain("_data/drugs/tofersen.ts: nextReview: review was due on June 1, 2020");
    expect(result.output).toContain("_data/programs/thinkals.ts: nextReview: review was due on March 15, 2021");
    expect(existsSync(strictOutput)).toBe(false);
  });

  it("SITE_TODAY sets the day the review dates are judged on: a page is overdue from the day after its date", async () => {
    // Tofersen was due on June 1, 2020 and ThinkALS on March 15, 2021 (riluzole, due on the test clock's day,
    // is not overdue in the build above).
    const dayAfter = await runScript(project.root, "scripts/check.ts", [], { SITE_TODAY: "2020-06-02" });
    expect(dayAfter.code, dayAfter.output).toBe(0);
    expect(dayAfter.output).toContain("Review dates are judged as of 2020-06-02 (set by SITE_TODAY), not the system date.");
    expect(dayAfter.output).toContain("Warning: 1 page past the review date");
    expect(dayAfter.output).toContain("_data/drugs/tofersen.ts: nextReview: review was due on June 1, 2020");
    expect(dayAfter.output).not.toContain("_data/programs/thinkals.ts: nextReview");
  });

  it("a SITE_TODAY that is not a YYYY-MM-DD date stops the check and the build, naming it, and publishes nothing", async () => {
    const message = 'SITE_TODAY: "2027-02-30" is not a date (expected YYYY-MM-DD, such as 2027-06-03, or leave it unset to use today\'s date)';
    const check = await runScript(project.root, "scripts/check.ts", [], { SITE_TODAY: "2027-02-30" });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(message);
    const badOutput = path.join(project.root, "bad-today-out");
    const build = await buildSite(project.root, badOutput, ["--quiet"], { SITE_TODAY: "2027-02-30" });
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Build failed at "Check content"');
    expect(build.output).toContain(message);
    expect(existsSync(badOutput)).toBe(false);
  });

  it("npm run check warns (exit 0), and fails with --strict", async () => {
    const check = await runScript(project.root, "scripts/check.ts");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain("Warning: 2 pages past the review date");
    expect(check.output).toContain("_data/drugs/tofersen.ts: nextReview: review was due on June 1, 2020");
    const strict = await runScript(project.root, "scripts/check.ts", ["--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.output).toContain("_data/programs/thinkals.ts: nextReview: review was due on March 15, 2021");
  });
});

describe("the real site, on the test clock", () => {
  it("has no page past its review date, so only the pages given old dates above are overdue", async () => {
    const check = await runScript(projectRoot, "scripts/check.ts");
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain(`Review dates are judged as of ${testToday}`);
    expect(check.output).not.toContain("past the review date");
  });

  it("shows no out-of-date notice while every review date is in the future", async () => {
    for (const url of ["/drugs/tofersen/", "/programs/thinkals/"]) expect(await readPage(builtSitePath(), url)).not.toContain(notice);
  });
});
