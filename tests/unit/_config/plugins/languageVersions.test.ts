/** Language versions: each page is paired with its translations by file path and pagination group. */
import { describe, expect, it } from "vitest";
import { languageVersionsByUrl } from "../../../../src/_config/plugins/languageVersions.ts";

const contentMap = {
  "/drugs/riluzole/": { inputPath: "./src/pages/en/drug.11ty.ts", groupNumber: 0 },
  "/drugs/tofersen/": { inputPath: "./src/pages/en/drug.11ty.ts", groupNumber: 1 },
  "/es/drugs/tofersen/": { inputPath: "./src/pages/es/drug.11ty.ts", groupNumber: 1 },
  "/posts/a-post/": { inputPath: "./src/posts/en/a-post.md" },
  "/es/posts/a-post/": { inputPath: "./src/posts/es/a-post.md" },
  "/posts/only-english/": { inputPath: "./src/posts/en/only-english.md" },
  "/sitemap.xml": { inputPath: "./src/pages/sitemap.11ty.ts" },
};

describe("language versions", () => {
  const versions = languageVersionsByUrl(contentMap);

  it("pairs the same file in the en/ and es/ folders, English first", () => {
    expect(versions.get("/es/posts/a-post/")).toEqual([
      { url: "/posts/a-post/", lang: "en" },
      { url: "/es/posts/a-post/", lang: "es" },
    ]);
    expect(versions.get("/posts/a-post/")).toBe(versions.get("/es/posts/a-post/"));
  });

  it("pairs the pages of a paginated template by their group number, not every page with every other", () => {
    expect(versions.get("/drugs/tofersen/")?.map((version) => version.url)).toEqual(["/drugs/tofersen/", "/es/drugs/tofersen/"]);
    expect(versions.get("/drugs/riluzole/")).toEqual([{ url: "/drugs/riluzole/", lang: "en" }]);
  });

  it("leaves an untranslated page, and a page outside the language folders, on its own", () => {
    expect(versions.get("/posts/only-english/")).toEqual([{ url: "/posts/only-english/", lang: "en" }]);
    expect(versions.get("/sitemap.xml")).toEqual([{ url: "/sitemap.xml", lang: "en" }]);
  });
});
