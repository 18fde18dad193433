import { describe, expect, it } from "vitest";
import { applyBudget, forReader, type PrecacheItem } from "../../../src/pipeline/serviceWorker.ts";

const item = (url: string, size: number, priority: number): PrecacheItem => ({ url, revision: "r", size, priority });

describe("offline install budget", () => {
  const items = [
    item("./", 10, 0),
    item("assets/site.css", 5, 0),
    item("pagefind/pagefind.js", 20, 10),
    item("drugs/tofersen/", 30, 20),
    item("posts/newest/", 30, 40),
    item("posts/older/", 30, 40.001),
    item("tags/x/", 30, 60),
  ];

  it("saves everything when it fits", () => {
    const { precache, deferred } = applyBudget(items, 1000);
    expect(precache).toHaveLength(items.length);
    expect(deferred).toEqual([]);
  });

  it("saves in priority order and leaves the rest to be saved when read", () => {
    const { precache, deferred } = applyBudget(items, 100);
    expect(precache.map((entry) => entry.url)).toEqual(["./", "assets/site.css", "pagefind/pagefind.js", "drugs/tofersen/", "posts/newest/"]);
    expect(deferred.map((entry) => entry.url)).toEqual(["posts/older/", "tags/x/"]);
  });

  it("always saves the app shell, even past the budget", () => {
    const { precache } = applyBudget(items, 1);
    expect(precache.map((entry) => entry.url)).toEqual(["./", "assets/site.css"]);
  });
});

describe("each reader language's install list", () => {
  const file = (url: string, priority: number): PrecacheItem => ({ url, revision: "r", size: 10, priority });
  const items = [
    file("./", 0),
    file("es/", 0),
    file("assets/site.css", 0),
    file("pagefind/pagefind.js", 10),
    file("pagefind/wasm.en.pagefind", 10),
    file("pagefind/wasm.es.pagefind", 10),
    file("pagefind/index/es_1a2b3c.pf_index", 10),
    file("drugs/tofersen/", 20),
    file("es/drugs/tofersen/", 20),
  ];

  it("has the shared shell and the reader's own pages and search files, not the other language's", () => {
    expect(forReader(items, "en").map((entry) => entry.url)).toEqual([
      "./",
      "assets/site.css",
      "es/",
      "pagefind/pagefind.js",
      "pagefind/wasm.en.pagefind",
      "drugs/tofersen/",
    ]);
    expect(forReader(items, "es").map((entry) => entry.url)).toEqual([
      "./",
      "assets/site.css",
      "es/",
      "pagefind/index/es_1a2b3c.pf_index",
      "pagefind/pagefind.js",
      "pagefind/wasm.es.pagefind",
      "es/drugs/tofersen/",
    ]);
  });
});
