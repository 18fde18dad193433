import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../../src/helpers/markdownLibrary.ts";

describe("markdown", () => {
  it("gives headings ids so sections can be linked", () => {
    expect(renderMarkdown("## How it works")).toContain('<h2 id="how-it-works">How it works</h2>');
  });
  it("marks links to other websites and says they leave the site", () => {
    const out = renderMarkdown("[FDA](https://www.fda.gov/)");
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain("(leaves this site)</span></a>");
  });
  it("leaves internal links alone", () => {
    expect(renderMarkdown("[Tofersen](/drugs/tofersen/)")).toBe('<p><a href="/drugs/tofersen/">Tofersen</a></p>\n');
  });
});
