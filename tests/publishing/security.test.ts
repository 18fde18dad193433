/**
 * Security and privacy: a strict Content Security Policy on every page and in `_headers`, the other
 * security headers, and the safe-HTML allow-list for markdown (posts and data-file text).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeEntities, markdownProblems, safeHtmlCheck, unsafeUrlReason } from "../../src/model/checks/bodyChecks.ts";
import { contentSecurityPolicy } from "../../src/helpers/security.ts";
import { builtSitePath, sitemapPaths } from "../helpers/builtSite.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe("the Content Security Policy", () => {
  it("is strict: only this site, no inline or eval'd script, no plugins, no framing from the header", () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const values of policy.values()) for (const value of values) expect(value).not.toMatch(/^(https?:|\*|\/\/)/);
  });

  it("is in a meta tag on every page of the built site", async () => {
    const site = builtSitePath();
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = await readFile(path.join(site, page), "utf8");
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta?.[1] && decodeEntities(meta[1]), page).toBe(contentSecurityPolicy);
      expect(html, page).toContain('<meta name="referrer" content="no-referrer">');
    }
  });
});

describe("/_headers", () => {
  it("sends the policy (with frame-ancestors), HSTS and the other security headers for every path", async () => {
    const text = await readFile(path.join(builtSitePath(), "_headers"), "utf8");
    const lines = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(lines[0]).toBe("/*");
    const headers = new Map(
      lines.slice(1).map(
        (line) =>
          line
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
    );
    expect(headers.get("Content-Security-Policy")).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    for (const feature of ["camera", "microphone", "geolocation", "interest-cohort", "browsing-topics"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
  });

  it("is not a page: not in the sitemap", async () => {
    expect((await sitemapPaths(builtSitePath())).some((url) => url.includes("headers"))).toBe(false);
  });
});

describe("the safe-HTML allow-list for markdown", () => {
  it("lets harmless HTML and ordinary links through", () => {
    const harmless = [
      '<abbr title="Amyotrophic lateral sclerosis">ALS</abbr>, H<sub>2</sub>O, x<sup>2</sup>, <mark>new</mark>, <kbd>Tab</kbd>',
      "<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>",
      '<table>\n<caption>Doses</caption>\n<thead><tr><th scope="col">Drug</th></tr></thead>\n<tbody><tr><td>100 mg</td></tr></tbody>\n</table>',
      '<figure><img src="/assets/icons/icon.svg" alt="The site icon" width="48" height="48"><figcaption>Icon</figcaption></figure>',
      "[Tofersen](/drugs/tofersen/), [FDA](https://www.fda.gov/), [mail](mailto:team@example.org), [top](#in-short)",
      'Code is text: `<script>alert(1)</script>`\n\n```html\n<iframe src="https://example.com"></iframe>\n```',
      "a < b, 3<4 and <!-- a comment -->",
      "<b><i>badly nested, but harmless: the site checks report it as invalid HTML</b></i>",
    ];
    for (const markdown of harmless) expect(markdownProblems(markdown), markdown).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", "<script> is not allowed: scripts cannot run in content"],
    [
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      "<iframe> is not allowed: embedded pages and players load other websites; link to them instead",
    ],
    ['<object data="x.swf"></object>', "<object> is not allowed"],
    ['<embed src="x.swf">', "<embed> is not allowed"],
    ["<style>body{display:none}</style>", "<style> is not allowed"],
    ['<form action="https://example.com"><input name="q"></form>', "<form> is not allowed: forms are not allowed in content"],
    ["<h1>Another title</h1>", "<h1> is not allowed: the title is the page's only main heading"],
    ['<img src="/x.png" alt="" onerror="alert(1)">', "<img onerror> is not allowed: event handlers (on… attributes) run scripts"],
    ['<span style="color: red">red</span>', "<span style> is not allowed: the site's security policy blocks inline styles"],
    ['<span data-track="1">x</span>', "<span data-track> is not allowed (expected only these attributes on <span>: id, class, title, lang, dir"],
    ['<a href="javascript:alert(1)">x</a>', '<a href="javascript:alert(1)"> is not allowed: javascript: addresses run scripts'],
    ['<a href="jav&#x61;script&colon;alert(1)">x</a>', "is not allowed: javascript: addresses run scripts"],
    ['<a href=" java\tscript:alert(1)">x</a>', "is not allowed: javascript: addresses run scripts"],
    ['<a href="data:text/html,<b>x</b>">x</a>', "data: addresses are not allowed"],
    ["[x](javascript:alert(1))", 'link "javascript:alert(1)" is not allowed: javascript: addresses run scripts'],
    ["![x](JavaScript:alert(1))", 'image "JavaScript:alert(1)" is not allowed'],
    ["<javascript:alert(1)>", 'link "javascript:alert(1)" is not allowed'],
    ["<div>\n<img/src=x/onerror=alert(1)>\n</div>", "is not allowed: it is not a complete, plain HTML tag"],
    ['<div onclick="x"\n\nmore', "is not allowed: it is not a complete, plain HTML tag"],
  ])("refuses %s", (markdown, message) => {
    const problems = markdownProblems(markdown);
    expect(problems.join("\n")).toContain(message);
  });

  it("reports in the maintainer's format: file, field, problem and what was expected", () => {
    expect(safeHtmlCheck("src/posts/en/x.md", "Hi <script>alert(1)</script>")).toEqual([
      {
        file: "src/posts/en/x.md",
        field: "body",
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any
        message: expect.stringMatching(/^<script> is not allowed: .*\(expected only harmless elements .*; found "<script>"\)$/),
      },
    ]);
  });

  it("reads addresses the way a browser does", () => {
    expect(unsafeUrlReason("/drugs/")).toBeUndefined();
    expect(unsafeUrlReason("https://example.org/a:b")).toBeUndefined();
    expect(unsafeUrlReason("drugs/tofersen/#evidence")).toBeUndefined();
    expect(unsafeUrlReason("JAVASCRIPT:x")).toMatch(/^javascript: addresses run scripts/);
    expect(unsafeUrlReason("java&Tab;script:x")).toMatch(/^javascript:/);
    expect(unsafeUrlReason("jav&unknown;ascript:x")).toMatch(/is not a clear address/);
    expect(decodeEntities("&#106;&#x61;&colon;&amp;")).toBe("ja:&");
  });
});
