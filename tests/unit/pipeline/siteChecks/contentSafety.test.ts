import { describe, expect, it } from "vitest";
import { page, pageProblems } from "../../../helpers/tinySite.ts";

const safety = (html: string) => pageProblems(page(html), "content-safety");

describe("content-safety check", () => {
  it("accepts scripts and styles from the site's files, JSON-LD data and ordinary links", () => {
    const html = page(
      `<p><a href="/about/">About</a> <a href="https://example.org/">Another site</a></p>`,
      `<script src="/assets/site.js" defer></script><script type="application/ld+json">{"@context": "https://schema.org"}</script>`,
    );
    expect(pageProblems(html)).toEqual([]);
  });

  it("reports an inline script", () => {
    expect(safety(`<script>alert(1)</script>`)).toEqual([
      "index.html:12: content-safety: inline <script>: scripts must come from a file of this site (the Content Security Policy blocks inline scripts)",
    ]);
  });

  it("reports an event handler", () => {
    expect(safety(`<p><button type="button" onclick="alert(2)">Click</button></p>`)).toEqual([
      "index.html:12: content-safety: <button onclick>: event handlers run inline scripts, which are not allowed (the Content Security Policy blocks them)",
    ]);
  });

  it("reports a javascript: address, also when disguised with an entity", () => {
    expect(safety(`<p><a href="javascript:alert(1)">Run</a> <a href="&#106;avascript:alert(3)">Run</a></p>`)).toEqual([
      'index.html:12: content-safety: <a href="javascript:alert(1)">: javascript: addresses run scripts and are not allowed',
      'index.html:12: content-safety: <a href="&#106;avascript:alert(3)">: javascript: addresses run scripts and are not allowed',
    ]);
  });

  it("reports an inline style attribute and a <style> element", () => {
    expect(safety(`<p style="color: red">Red</p>\n<style>p { color: blue; }</style>`)).toEqual([
      "index.html:12: content-safety: <p style>: inline styles are blocked by the Content Security Policy (expected a class from the site's stylesheet)",
      "index.html:13: content-safety: <style> element: inline styles are blocked by the Content Security Policy (expected the site's stylesheet)",
    ]);
  });

  it("reports frames and embeds", () => {
    expect(safety(`<iframe src="/video/" title="Video"></iframe><object data="/x.pdf"></object><embed src="/y.pdf">`)).toEqual([
      "index.html:12: content-safety: <iframe>: embedded content is not allowed (expected a link to it instead)",
      "index.html:12: content-safety: <object>: embedded content is not allowed (expected a link to it instead)",
      "index.html:12: content-safety: <embed>: embedded content is not allowed (expected a link to it instead)",
    ]);
  });
});
