import { describe, expect, it } from "vitest";
import { page, pageProblems } from "../../../helpers/tinySite.ts";

const missingAlt = (tag: string) =>
  `index.html:12: alt: <${tag}> has no alt attribute (expected alt="what the image shows", or alt="" if it is only decoration)`;

describe("alt check", () => {
  it('accepts images with alt text, and decorative images with alt=""', () => {
    const html = page(`<p><img src="/assets/logo.png" alt="The ALS Resources logo"> <img src="/assets/line.png" alt=""></p>`);
    expect(pageProblems(html)).toEqual([]);
    const imageButton = page(`<form action="/search/"><input type="image" src="/assets/go.png" alt="Search"></form>`);
    expect(pageProblems(imageButton, "alt")).toEqual([]);
  });

  it("reports an image without an alt attribute, by its src", () => {
    expect(pageProblems(page(`<p><img src="/assets/logo.png"></p>`), "alt")).toEqual([missingAlt('img src="/assets/logo.png"')]);
  });

  it("reports an image without src or alt", () => {
    expect(pageProblems(page(`<p><img></p>`), "alt")).toEqual([missingAlt("img")]);
  });

  it("reports an image button without an alt attribute", () => {
    expect(pageProblems(page(`<form action="/search/"><input type="image" src="/assets/go.png"></form>`), "alt")).toEqual([
      missingAlt('input src="/assets/go.png"'),
    ]);
  });

  it("reports it besides html-validate's own rule, which the alt check does not depend on", () => {
    const problems = pageProblems(page(`<p><img src="/assets/logo.png"></p>`));
    expect(problems).toContain(missingAlt('img src="/assets/logo.png"'));
    expect(problems.some((line) => line.includes(": html: ") && line.includes("wcag/h37"))).toBe(true);
    expect(pageProblems(page(`<p><img src="/assets/logo.png"></p>`), undefined, { htmlValidate: false })).toEqual([missingAlt('img src="/assets/logo.png"')]);
  });
});
