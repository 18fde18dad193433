/** Absolute addresses (canonical links, feeds, sitemap): under the path prefix, and never stale when it changes. */
import { afterEach, describe, expect, it } from "vitest";
import { absoluteUrl } from "../../../src/model/siteUrls.ts";

const saved = process.env.PATH_PREFIX;
afterEach(() => {
  if (saved === undefined) delete process.env.PATH_PREFIX;
  else process.env.PATH_PREFIX = saved;
});

describe("absolute addresses", () => {
  it("join the site's address and a page's path", () => {
    delete process.env.PATH_PREFIX;
    expect(absoluteUrl("https://example.org", "/drugs/tofersen/")).toBe("https://example.org/drugs/tofersen/");
    expect(absoluteUrl("https://example.org/", "posts/first/")).toBe("https://example.org/posts/first/");
  });

  it("follow a change of path prefix or of site address", () => {
    process.env.PATH_PREFIX = "/als-resources/";
    expect(absoluteUrl("https://example.org", "/drugs/tofersen/")).toBe("https://example.org/als-resources/drugs/tofersen/");
    process.env.PATH_PREFIX = "other";
    expect(absoluteUrl("https://example.org", "/drugs/tofersen/")).toBe("https://example.org/other/drugs/tofersen/");
    expect(absoluteUrl("https://example.net", "/drugs/tofersen/")).toBe("https://example.net/other/drugs/tofersen/");
    delete process.env.PATH_PREFIX;
    expect(absoluteUrl("https://example.net", "/")).toBe("https://example.net/");
  });
});
