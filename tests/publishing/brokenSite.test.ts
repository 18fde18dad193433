/**
 * Each site check catches a maintainer's mistake on a site really built from broken content: a copied
 * project gets one broken post per mistake and is built with `npm run build -- --check` (what the deploy
 * workflow runs). The build must stop at the site checks, publish nothing, and report every problem with
 * the page's file and the problem.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyProject, type RunResult } from "../helpers/project.ts";

type Project = Awaited<ReturnType<typeof copyProject>>;

const post = (title: string, body: string) =>
  `---\ntitle: "${title}"\ndate: "2024-05-01"\nsummary: "A post with one mistake, for the tests."\n---\n\n${body}\n\nSources: none\n`;

/** One file per mistake, each with the line the site checks must print for it. */
const brokenPosts = {
  "dead-link": {
    text: post("Dead link", "See [the missing page](/nowhere/)."),
    expected: /posts\/dead-link\/index\.html:\d+( \(from [^)]+\))?: link: <a href="\/nowhere\/"> points to \/nowhere\/, which does not exist in the built site/,
  },
  "dead-link-in-section": {
    text: post("Dead link in a section", "See [this page](/drugs/no-such-drug/)."),
    expected:
      /posts\/dead-link-in-section\/index\.html:\d+( \(from [^)]+\))?: link: <a href="\/drugs\/no-such-drug\/"> points to \/drugs\/no-such-drug\/, which does not exist in the built site/,
  },
  "missing-anchor": {
    text: post("Missing anchor", "See [a section that does not exist](/drugs/#no-such-id)."),
    expected:
      /posts\/missing-anchor\/index\.html:\d+( \(from [^)]+\))?: link: <a href="\/drugs\/#no-such-id"> points to #no-such-id, but \/drugs\/ has no element with id="no-such-id"/,
  },
  "invalid-html": {
    text: post("Invalid HTML", "Some <b><i>badly nested</b></i> words."),
    expected: /posts\/invalid-html\/index\.html:\d+( \(from [^)]+\))?: html: .*\(html-validate rule close-order/,
  },
  "no-alt": {
    text: post("Image without alt", 'An icon: <img src="/assets/icons/icon.svg">'),
    expected: /posts\/no-alt\/index\.html:\d+( \(from [^)]+\))?: alt: <img src="\/assets\/icons\/icon\.svg"> has no alt attribute/,
  },
  "external-image": {
    text: post("External image", 'A picture: <img src="https://example.com/x.png" alt="x">'),
    expected:
      /posts\/external-image\/index\.html:\d+( \(from [^)]+\))?: third-party: <img src="https:\/\/example\.com\/x\.png"> loads from another website \(example\.com\)/,
  },
  "external-markdown-image": {
    text: post("External markdown image", "![A chart](https://images.example.com/chart.png)"),
    expected:
      /posts\/external-markdown-image\/index\.html:\d+( \(from [^)]+\))?: third-party: <img src="https:\/\/images\.example\.com\/chart\.png"> loads from another website/,
  },
} as const;

describe("the site checks on a site built from broken posts", () => {
  let project: Project;
  let result: RunResult;
  let report: string;
  const output = () => path.join(project.root, "out");

  beforeAll(async () => {
    project = await copyProject();
    for (const [name, broken] of Object.entries(brokenPosts)) await project.write(`src/posts/en/${name}.md`, broken.text);
    result = await buildSite(project.root, output(), ["--check", "--quiet"]);
    report = result.output;
  });
  afterAll(() => project.remove());

  it("the content check lets these posts through (the mistakes only show in the built HTML)", () => {
    expect(result.output).not.toMatch(/content problem/);
    expect(result.output).not.toContain('Build failed at "Check content"');
  });

  it("build --check stops at the site checks and publishes nothing", () => {
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build failed at "Site checks". Nothing was published; the previous site is unchanged.');
    expect(existsSync(output())).toBe(false);
  });

  for (const [name, broken] of Object.entries(brokenPosts)) {
    it(`reports ${name.replace(/-/g, " ")} with the page's file`, () => {
      expect(report).toMatch(broken.expected);
    });
  }

  it("reports nothing on the pages that are not broken", () => {
    const brokenPages = Object.keys(brokenPosts).map((name) => `posts/${name}/index.html`);
    const others = report
      .split("\n")
      .filter((line) => /^\S+\.(html|css|webmanifest)(:\d+)?[ :]/.test(line))
      .filter((line) => !brokenPages.some((page) => line.startsWith(page)));
    expect(others).toEqual([]);
  });
});

describe("unsafe HTML in a post fails the content check, before any HTML is built", () => {
  let project: Project;
  beforeAll(async () => {
    project = await copyProject();
  });
  afterAll(() => project.remove());

  it("a <script> in a post", async () => {
    await project.write("src/posts/en/script.md", post("Script", "Hello <script>alert(1)</script>"));
    const result = await buildSite(project.root, path.join(project.root, "out"), ["--quiet"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('Build failed at "Check content"');
    expect(result.output).toMatch(/src\/posts\/en\/script\.md: body: <script> is not allowed: scripts cannot run in content \(expected only harmless elements/);
    expect(existsSync(path.join(project.root, "out"))).toBe(false);
  });

  it("an iframe, an event handler and a javascript: link in a drug's text, each named by field", async () => {
    await project.remove();
    project = await copyProject();
    const drugFile = path.join(project.root, "_data/drugs/riluzole.ts");
    const source = await readFile(drugFile, "utf8");
    const broken = source
      .replace(/evidence:\s*\n?\s*"/, 'evidence: "<iframe src=\\"https://video.example.com/\\"></iframe> ')
      .replace(/howItWorks:\s*\n?\s*"/, 'howItWorks: "<img src=\\"/x.png\\" alt=\\"\\" onerror=\\"alert(1)\\"> [Run](javascript:alert(1)) ');
    expect(broken).not.toBe(source);
    await project.write("_data/drugs/riluzole.ts", broken);
    const result = await buildSite(project.root, path.join(project.root, "out"), ["--quiet"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/_data\/drugs\/riluzole\.ts: evidence: <iframe> is not allowed/);
    expect(result.output).toMatch(/_data\/drugs\/riluzole\.ts: howItWorks: <img onerror> is not allowed: event handlers/);
    expect(result.output).toMatch(/_data\/drugs\/riluzole\.ts: howItWorks: link "javascript:alert\(1\)" is not allowed: javascript: addresses run scripts/);
  });
});
