/** Eleventy's path normalising, remembered: the same answers as Eleventy's helper, for the same paths. */
import { describe, expect, it } from "vitest";
import { pathNormalizingPlugin } from "../../../../src/_config/plugins/pathNormalizing.ts";
import { requireFromEleventy } from "../../../../src/_config/eleventyInternals.ts";

type Normalize = (thePath: string) => string;
const { TemplatePath } = requireFromEleventy("@11ty/eleventy-utils") as { TemplatePath: { normalize: Normalize } };

describe("path normalising (remembered)", () => {
  const eleventysOwn = TemplatePath.normalize;
  pathNormalizingPlugin();
  const remembered = TemplatePath.normalize;

  it("replaces Eleventy's helper in the module Eleventy uses, once", () => {
    expect(remembered).not.toBe(eleventysOwn);
    pathNormalizingPlugin();
    expect(TemplatePath.normalize).toBe(remembered);
  });

  it("answers as Eleventy's helper does, the first time and again", () => {
    const paths = ["./src/posts/en/a.md", "src//posts/./en/../en/a.md", "./_site/posts/", "/", ".", "../outside/x.md", `${process.cwd()}/src/`];
    for (const thePath of [...paths, ...paths]) expect(remembered(thePath)).toBe(eleventysOwn(thePath));
    expect(remembered("./_site/posts/")).toBe("_site/posts");
  });
});
