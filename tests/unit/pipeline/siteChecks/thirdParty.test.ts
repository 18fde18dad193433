import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, siteProblems, writeTinySite, type TinySite } from "../../../helpers/tinySite.ts";

const loadsFrom = (host: string) => `loads from another website (${host}), which tells it who reads the page and fails offline (expected a file of this site)`;

describe("third-party check", () => {
  let site: TinySite;
  let problems: string[];
  beforeAll(async () => {
    site = await writeTinySite({
      "index.html": page(
        `<p><a href="https://example.org/">Another site is fine to link to</a> <img src="/assets/logo.png" alt=""></p>`,
        `<link rel="canonical" href="https://example.org/als-resources/"><link rel="alternate" type="application/atom+xml" href="https://example.org/feed.xml">`,
      ),
      "assets/site.css": `body { background: url("/assets/logo.png"); }\n/* @import "https://fonts.example.com/commented-out.css"; */\n`,
      "assets/logo.png": "not really a png",
      "broken/page/index.html": page(
        `<p><img src="https://images.example.com/x.png" alt="x"></p>
<p><img src="/assets/logo.png" srcset="/assets/logo.png 1x, https://images.example.com/x2.png 2x" alt="y"></p>
<iframe src="https://video.example.com/embed/1" title="Video"></iframe>`,
        `<script src="https://cdn.example.com/analytics.js"></script><link rel="stylesheet" href="//fonts.example.com/css">`,
      ),
      "broken/css/site.css": `@import "https://fonts.example.com/font.css";\n`,
      "broken/style/index.html": page(`<p style="background: url('https://images.example.com/bg.png')">Styled</p>`),
    });
    problems = await siteProblems(site.dir, "third-party");
  });
  afterAll(() => site.remove());

  it("accepts the site's own files and plain links (and canonical or alternate links) to other sites", () => {
    expect(problems.filter((line) => !line.startsWith("broken/"))).toEqual([]);
  });

  it("reports images, image candidates, frames, scripts and stylesheets from other websites", () => {
    expect(problems.filter((line) => line.startsWith("broken/page/"))).toEqual([
      `broken/page/index.html:7: third-party: <script src="https://cdn.example.com/analytics.js"> ${loadsFrom("cdn.example.com")}`,
      `broken/page/index.html:7: third-party: <link rel="stylesheet" href="//fonts.example.com/css"> ${loadsFrom("fonts.example.com")}`,
      `broken/page/index.html:12: third-party: <img src="https://images.example.com/x.png"> ${loadsFrom("images.example.com")}`,
      `broken/page/index.html:13: third-party: <img srcset="…https://images.example.com/x2.png…"> ${loadsFrom("images.example.com")}`,
      `broken/page/index.html:14: third-party: <iframe src="https://video.example.com/embed/1"> ${loadsFrom("video.example.com")}`,
    ]);
  });

  it("reports a stylesheet that imports from another website", () => {
    expect(problems.filter((line) => line.startsWith("broken/css/"))).toEqual([
      `broken/css/site.css:1: third-party: url("https://fonts.example.com/font.css") ${loadsFrom("fonts.example.com")}`,
    ]);
  });

  it("reports a url() in a style attribute", () => {
    expect(problems.filter((line) => line.startsWith("broken/style/"))).toEqual([
      `broken/style/index.html:12: third-party: url("https://images.example.com/bg.png") in <p style> ${loadsFrom("images.example.com")}`,
    ]);
  });
});
