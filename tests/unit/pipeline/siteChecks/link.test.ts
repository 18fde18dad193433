import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cssReferences } from "../../../../src/pipeline/siteChecks/index.ts";
import { page, siteProblems, writeTinySite, type TinySite } from "../../../helpers/tinySite.ts";

describe("link check", () => {
  let site: TinySite;
  let problems: string[];
  beforeAll(async () => {
    site = await writeTinySite({
      "index.html": page(`<p><a href="/about/">About</a> <a href="/about/#team">Team</a> <a href="#top-heading">Here</a> <a href="#top">Top</a>
<a href="about/">Relative</a> <a href="/about/#old-name">Old anchor</a> <a href="mailto:team@example.org">Mail</a> <a href="https://example.org/missing/">Another site</a></p>
<img src="/assets/logo.png" alt="">`),
      "about/index.html": page(`<h2 id="team">Team</h2><p><a name="old-name">Old</a> <a href="../">Home</a></p>`),
      "assets/site.css": `body { background: url("/assets/logo.png"); }\n/* url(missing-but-commented-out.png) */\n`,
      "assets/logo.png": "not really a png",
      "manifest.webmanifest": JSON.stringify({ start_url: "/", icons: [{ src: "/assets/logo.png" }] }),
      "broken/links/index.html":
        page(`<p><a href="/nowhere/">Dead</a> <a href="/about/#no-such-id">Missing anchor</a> <a href="#also-missing">Missing here</a></p>
<p><a href="/nowhere/">The same dead link again</a> <a href="/100%/">Bad escape</a></p>`),
      "broken/css/site.css": `h1 { color: black; }\nh1 { background: url(missing.png); }\n`,
      "broken/manifest.webmanifest": JSON.stringify({ start_url: "/", icons: [{ src: "/assets/missing-icon.png" }] }),
    });
    problems = await siteProblems(site.dir, "link");
  });
  afterAll(() => site.remove());

  it("accepts links, anchors, stylesheet and manifest addresses that resolve", () => {
    expect(problems.filter((line) => !line.startsWith("broken/"))).toEqual([]);
  });

  it("reports a dead link (once per page), a missing anchor on another page and on the same page, and a bad escape", () => {
    expect(problems.filter((line) => line.startsWith("broken/links/"))).toEqual([
      'broken/links/index.html:12: link: <a href="/nowhere/"> points to /nowhere/, which does not exist in the built site',
      'broken/links/index.html:12: link: <a href="/about/#no-such-id"> points to #no-such-id, but /about/ has no element with id="no-such-id"',
      'broken/links/index.html:12: link: <a href="#also-missing"> points to #also-missing, but this page has no element with id="also-missing"',
      'broken/links/index.html:13: link: <a href="/100%/"> is not a valid address (a % not followed by two hex digits)',
    ]);
  });

  it("reports a missing url() in a stylesheet, relative to the stylesheet", () => {
    expect(problems.filter((line) => line.startsWith("broken/css/"))).toEqual([
      'broken/css/site.css:2: link: url("missing.png") points to /broken/css/missing.png, which does not exist in the built site',
    ]);
  });

  it("reports a missing icon in the web app manifest", () => {
    expect(problems.filter((line) => line.startsWith("broken/manifest"))).toEqual([
      'broken/manifest.webmanifest:1: link: icons[].src "/assets/missing-icon.png" points to /assets/missing-icon.png, which does not exist in the built site',
    ]);
  });

  it("finds url() and @import in CSS, skipping comments", () => {
    expect(cssReferences('a { b: url( "x.png" ) } /* url(y.png) */\n@import url("z.css");')).toEqual([
      { url: "x.png", line: 1 },
      { url: "z.css", line: 2 },
    ]);
  });

  it("under a path prefix: reports links without it, and checks absolute links to the site's own address", async () => {
    const prefixed = await writeTinySite({
      "index.html": page(
        `<p><a href="/als-resources/about/">About</a> <a href="/about/">Forgot the prefix</a> <a href="/als-resources/about/#nope">Bad anchor</a> <a href="https://example.github.io/als-resources/missing/">Canonical-style link</a></p>`,
      ).replace('href="/assets/site.css"', 'href="/als-resources/assets/site.css"'),
      "about/index.html": page("<p>About</p>").replace('href="/assets/site.css"', 'href="/als-resources/assets/site.css"'),
      "assets/site.css": "",
    });
    try {
      expect(await siteProblems(prefixed.dir, "link", { pathPrefix: "/als-resources/", siteUrl: "https://example.github.io/als-resources" })).toEqual([
        'index.html:12: link: <a href="/about/"> is outside the site, which lives under /als-resources/ (expected an address starting with /als-resources/)',
        'index.html:12: link: <a href="/als-resources/about/#nope"> points to #nope, but /als-resources/about/ has no element with id="nope"',
        'index.html:12: link: <a href="https://example.github.io/als-resources/missing/"> points to /als-resources/missing/, which does not exist in the built site',
      ]);
    } finally {
      await prefixed.remove();
    }
  });
});
