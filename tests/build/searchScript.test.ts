/**
 * The search script (`/assets/search.js`) passes Pagefind the version of the index it was built with
 * (`metaCacheTag`), so a browser asks for a new index's entry file at a new address after each change.
 * "Before" is the shared build of the real site; "after" is the shared build with one drug's summary edited.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtSitePath } from "../helpers/builtSite.ts";
import { sharedBuild } from "../helpers/sharedBuilds.ts";

async function versions(site: string): Promise<{ told: string | undefined; entry: string }> {
  const script = await readFile(path.join(site, "assets/search.js"), "utf8");
  const entry = await readFile(path.join(site, "pagefind/pagefind-entry.json"));
  return { told: /metaCacheTag:"([0-9a-f]+)"/.exec(script)?.[1], entry: createHash("md5").update(entry).digest("hex").slice(0, 12) };
}

describe("search script", () => {
  it("is told the version of the search index built with it: the start of its entry file's MD5", async () => {
    const before = await versions(builtSitePath());
    const after = await versions(sharedBuild("editedDrug"));
    expect(before.told).toBe(before.entry);
    expect(after.told).toBe(after.entry);
    // The edited summary changed the index, and so the version.
    expect(after.entry).not.toBe(before.entry);
  });
});
