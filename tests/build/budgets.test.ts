/** Page budgets: checked on the real build, and shown to fail on a copy with one page over budget. */
import { appendFile, cp, readFile, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBudgets, defaultBudgets, precacheUrls } from "../../src/pipeline/budgets.ts";
import { builtSitePath } from "../helpers/builtSite.ts";
import { temporaryFolder } from "../helpers/project.ts";

describe("page budgets", () => {
  let site: string;
  beforeAll(() => {
    site = builtSitePath();
  });

  it("the built site is within every budget", async () => {
    expect(await checkBudgets(site)).toEqual([]);
  });

  it("reads the service worker's precache list", async () => {
    const urls = precacheUrls(await readFile(path.join(site, "sw.js"), "utf8"));
    expect(urls).toContain("drugs/tofersen/");
    expect(urls).toContain("assets/site.css");
  });

  it("fails when a page goes over 14 KB gzipped, a script blocks rendering or CSS grows too big", async () => {
    const copy = path.join(await temporaryFolder("als-budget-"), "site");
    await cp(site, copy, { recursive: true });
    // Random text does not compress: 20 KB of it pushes the page over the budget.
    await appendFile(path.join(copy, "about/index.html"), `<p>${randomBytes(15_000).toString("base64")}</p>`);
    const glossary = path.join(copy, "glossary/index.html");
    const html = await readFile(glossary, "utf8");
    await writeFile(glossary, html.replace("</head>", '<script src="/assets/extra.js"></script><link rel="stylesheet" href="/x.css"></head>'));
    await appendFile(path.join(copy, "assets/site.css"), `/*${randomBytes(12_000).toString("base64")}*/`);

    const problems = await checkBudgets(copy);
    const messages = problems.map((problem) => `${problem.file}: ${problem.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^about\/index\.html: is \d+\.\d KB gzipped \(budget 14 KB\)$/));
    expect(messages).toContainEqual(expect.stringMatching(/^glossary\/index\.html: has a render-blocking script/));
    expect(messages).toContainEqual(expect.stringMatching(/^glossary\/index\.html: loads 2 stylesheets/));
    expect(messages).toContainEqual(expect.stringMatching(/^\*\.css: CSS is .* \(budget 10 KB\)$/));
  });

  it("fails when the install download is over budget", async () => {
    const problems = await checkBudgets(site, { ...defaultBudgets, installKb: 100 });
    expect(problems.map((problem) => problem.message)).toContainEqual(expect.stringMatching(/^the install download is \d+\.\d KB \(budget 100 KB\)$/));
  });
});
