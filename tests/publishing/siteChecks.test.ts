/**
 * The built-site checks (src/pipeline/siteChecks/index.ts): the real build passes them, and each check
 * reports a hand-made broken page by file, line and problem. (The checks on a site built from broken
 * content are in brokenSite.test.ts.)
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBuiltSite, cssReferences, formatSiteProblem, runSiteChecks, type SiteCheckOptions } from "../../src/pipeline/siteChecks/index.ts";
import { pathPrefix } from "../../src/model/siteUrls.ts";
import { builtSitePath } from "../helpers/builtSite.ts";
import { temporaryFolder } from "../helpers/project.ts";

describe("the real built site", () => {
  it("passes every site check: links and anchors, valid HTML, alt text, nothing from other websites, content safety", async () => {
    const { problems, stats } = await runSiteChecks(builtSitePath(), { pathPrefix: pathPrefix() });
    expect(problems.map(formatSiteProblem)).toEqual([]);
    expect(stats.htmlPages).toBeGreaterThan(20);
    console.log(`site checks: ${stats.htmlPages} pages in ${(stats.totalMs / 1000).toFixed(2)} s (${(stats.pagesMs / stats.htmlPages).toFixed(1)} ms a page)`);
  });

  it("gives the same answer when the pages are checked by worker threads", async () => {
    const { problems, stats } = await runSiteChecks(builtSitePath(), { pathPrefix: pathPrefix(), workers: 2 });
    expect(stats.workers).toBe(2);
    expect(problems.map(formatSiteProblem)).toEqual([]);
  });
});

/** A minimal valid page, with `body` inside <main>. */
function page(body: string, head = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test page</title>
<link rel="stylesheet" href="/assets/site.css">
${head}
</head>
<body>
<main id="main">
<h1 id="top-heading">Test page</h1>
${body}
</main>
</body>
</html>
`;
}

describe("each check on a hand-made site", () => {
  let site: string;
  const files: Record<string, string> = {
    "index.html":
      page(`<p><a href="/about/">About</a> <a href="/about/#team">Team</a> <a href="#top-heading">Top</a> <a href="https://example.org/">Another site is fine to link to</a></p>
<img src="/assets/logo.png" alt="">`),
    "about/index.html": page(`<h2 id="team">Team</h2><p><a href="/">Home</a> <a href="mailto:team@example.org">Mail</a></p>`),
    "assets/site.css": `body { background: url("/assets/logo.png"); }\n/* url(https://fonts.example.com/commented-out.woff2) */\n`,
    "assets/logo.png": "not really a png",
    "broken/links/index.html": page(
      `<p><a href="/nowhere/">Dead</a> <a href="/about/#no-such-id">Missing anchor</a> <a href="#also-missing">Missing here</a> <a href="../../about/">Relative is fine</a></p>`,
    ),
    "broken/alt/index.html": page(`<p><img src="/assets/logo.png"></p>`),
    "broken/third-party/index.html": page(
      `<p><img src="https://images.example.com/x.png" alt="x"><iframe src="https://video.example.com/embed/1" title="Video"></iframe></p>`,
      `<script src="https://cdn.example.com/analytics.js"></script><link rel="stylesheet" href="//fonts.example.com/css">`,
    ),
    "broken/safety/index.html": page(
      `<p><a href="javascript:alert(1)">Run</a></p><script>alert(1)</script><p><button type="button" onclick="alert(2)">Click</button></p>`,
    ),
    "broken/html/index.html": page(`<p><b><i>bad nesting</b></i></p>`),
    "broken/css/site.css": `@import "https://fonts.example.com/font.css";\nh1 { background: url(missing.png); }\n`,
  };

  beforeAll(async () => {
    site = await temporaryFolder("als-site-checks-");
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), text);
    }
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  async function problemsIn(prefix: string, options: SiteCheckOptions = {}): Promise<string[]> {
    return (await checkBuiltSite(site, options)).filter((problem) => problem.file.startsWith(prefix)).map(formatSiteProblem);
  }

  it("accepts the good pages", async () => {
    expect(await problemsIn("index.html")).toEqual([]);
    expect(await problemsIn("about/")).toEqual([]);
    expect(await problemsIn("assets/")).toEqual([]);
  });

  it("link: a dead internal link, a missing anchor on another page and on the same page", async () => {
    const problems = await problemsIn("broken/links/");
    expect(problems).toEqual([
      'broken/links/index.html:12: link: <a href="/nowhere/"> points to /nowhere/, which does not exist in the built site',
      'broken/links/index.html:12: link: <a href="/about/#no-such-id"> points to #no-such-id, but /about/ has no element with id="no-such-id"',
      'broken/links/index.html:12: link: <a href="#also-missing"> points to #also-missing, but this page has no element with id="also-missing"',
    ]);
  });

  it("alt: an image without an alt attribute (besides html-validate's own rule)", async () => {
    const problems = await problemsIn("broken/alt/");
    expect(problems).toContain(
      'broken/alt/index.html:12: alt: <img src="/assets/logo.png"> has no alt attribute (expected alt="what the image shows", or alt="" if it is only decoration)',
    );
    expect(problems.some((line) => line.includes("html: ") && line.includes("wcag/h37"))).toBe(true);
    // Without html-validate, the alt check still reports it on its own.
    expect((await problemsIn("broken/alt/", { htmlValidate: false })).filter((line) => line.includes(": alt: "))).toHaveLength(1);
  });

  it("third-party: images, frames, scripts and stylesheets from other websites, but not plain links", async () => {
    const problems = (await problemsIn("broken/third-party/")).filter((line) => line.includes(": third-party: "));
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toContain('<img src="https://images.example.com/x.png"> loads from another website (images.example.com)');
    expect(problems.join("\n")).toContain('<iframe src="https://video.example.com/embed/1"> loads from another website');
    expect(problems.join("\n")).toContain('<script src="https://cdn.example.com/analytics.js"> loads from another website');
    expect(problems.join("\n")).toContain('<link rel="stylesheet" href="//fonts.example.com/css"> loads from another website (fonts.example.com)');
  });

  it("third-party and link: CSS @import from another website and a missing url(), comments ignored", async () => {
    expect(await problemsIn("broken/css/")).toEqual([
      'broken/css/site.css:1: third-party: url("https://fonts.example.com/font.css") loads from another website (fonts.example.com), which tells it who reads the page and fails offline (expected a file of this site)',
      'broken/css/site.css:2: link: url("missing.png") points to /broken/css/missing.png, which does not exist in the built site',
    ]);
    expect(cssReferences('a { b: url( "x.png" ) } /* url(y.png) */\n@import url("z.css");')).toEqual([
      { url: "x.png", line: 1 },
      { url: "z.css", line: 2 },
    ]);
  });

  it("content-safety: javascript: links, inline scripts and event handlers", async () => {
    const problems = (await problemsIn("broken/safety/")).filter((line) => line.includes(": content-safety: "));
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toContain('<a href="javascript:alert(1)">: javascript: addresses run scripts');
    expect(problems.join("\n")).toContain("inline <script>");
    expect(problems.join("\n")).toContain("<button onclick>: event handlers run inline scripts");
  });

  it("html: invalid HTML, named by file, line and html-validate rule", async () => {
    const problems = await problemsIn("broken/html/");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((line) => /^broken\/html\/index\.html:12: html: .*\(html-validate rule close-order/.test(line))).toBe(true);
    expect(problems.every((line) => /^broken\/html\/index\.html:\d+: html: .+\(html-validate rule [\w/-]+/.test(line))).toBe(true);
  });

  it("path prefix: links must start with it, and resolve below it", async () => {
    const prefixed = await temporaryFolder("als-site-prefix-");
    try {
      await writeFile(
        path.join(prefixed, "index.html"),
        page(
          `<p><a href="/als-resources/about/">About</a> <a href="/about/">Forgot the prefix</a> <a href="/als-resources/about/#nope">Bad anchor</a> <a href="https://example.github.io/als-resources/missing/">Canonical-style link</a></p>`,
        ).replace('href="/assets/site.css"', 'href="/als-resources/assets/site.css"'),
      );
      await mkdir(path.join(prefixed, "about"));
      await mkdir(path.join(prefixed, "assets"));
      await writeFile(path.join(prefixed, "assets/site.css"), "");
      await writeFile(
        path.join(prefixed, "about/index.html"),
        page("<p>About</p>").replace('href="/assets/site.css"', 'href="/als-resources/assets/site.css"'),
      );
      const problems = (await checkBuiltSite(prefixed, { pathPrefix: "/als-resources/", siteUrl: "https://example.github.io/als-resources" })).map(
        formatSiteProblem,
      );
      expect(problems).toEqual([
        'index.html:12: link: <a href="/about/"> is outside the site, which lives under /als-resources/ (expected an address starting with /als-resources/)',
        'index.html:12: link: <a href="/als-resources/about/#nope"> points to #nope, but /als-resources/about/ has no element with id="nope"',
        'index.html:12: link: <a href="https://example.github.io/als-resources/missing/"> points to /als-resources/missing/, which does not exist in the built site',
      ]);
    } finally {
      await rm(prefixed, { recursive: true, force: true });
    }
  });

  it("with a cache file, validates again only the pages that were not valid (and finds the same problems)", async () => {
    const cacheFile = path.join(site, "..", `${path.basename(site)}-cache.json`);
    try {
      const first = await runSiteChecks(site, { cacheFile });
      const second = await runSiteChecks(site, { cacheFile });
      expect(second.problems.map(formatSiteProblem)).toEqual(first.problems.map(formatSiteProblem));
      expect(first.stats.validated).toBe(first.stats.htmlPages);
      // Only the pages with html problems are validated again.
      const invalidPages = new Set(first.problems.filter((problem) => problem.check === "html").map((problem) => problem.file));
      expect(invalidPages.size).toBeGreaterThan(0);
      expect(second.stats.validated).toBe(invalidPages.size);
      // Worker threads read the same cache.
      const third = await runSiteChecks(site, { cacheFile, workers: 2 });
      expect(third.problems.map(formatSiteProblem)).toEqual(first.problems.map(formatSiteProblem));
      expect(third.stats.validated).toBe(invalidPages.size);
    } finally {
      await rm(cacheFile, { force: true });
    }
  });

  it("names the source file of a page when the build passes Eleventy's pages", async () => {
    const [problem] = await checkBuiltSite(site, {
      pages: [{ inputPath: "./src/posts/dead.md", outputPath: path.join(site, "broken/links/index.html") }],
    }).then((all) => all.filter((found) => found.file === "broken/links/index.html"));
    expect(problem && formatSiteProblem(problem)).toMatch(/^broken\/links\/index\.html:12 \(from src\/posts\/dead\.md\): link: /);
  });
});
