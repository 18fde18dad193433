import { describe, expect, it } from "vitest";
import { applyBudget, type PrecacheItem } from "../../../src/pipeline/serviceWorker.ts";

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
