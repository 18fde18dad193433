/**
 * Each build versions saved files by content: after an edit, only the pages whose HTML changed get a new
 * revision. "Before" is the shared build of the real site; "after" is the shared build with one drug's
 * summary edited (tests/helpers/sharedBuilds.ts).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtSitePath } from "../helpers/builtSite.ts";
import { sharedBuild } from "../helpers/sharedBuilds.ts";

async function revisions(site: string): Promise<Map<string, string | null>> {
  const sw = await readFile(path.join(site, "sw.js"), "utf8");
  return new Map([...sw.matchAll(/\{"revision":("[^"]*"|null),"url":"([^"]+)"\}/g)].map((match) => [match[2]!, JSON.parse(match[1]!)]));
}

describe("precache revisions", () => {
  let before: Map<string, string | null>;
  let after: Map<string, string | null>;

  beforeAll(async () => {
    before = await revisions(builtSitePath());
    after = await revisions(sharedBuild("editedDrug"));
  });

  it("gives the edited page a new revision", () => {
    expect(before.get("drugs/riluzole/")).toBeTruthy();
    expect(after.get("drugs/riluzole/")).not.toBe(before.get("drugs/riluzole/"));
  });

  it("keeps the revision of pages that did not change, so they are not downloaded again", () => {
    for (const url of ["programs/als-focus/", "glossary/", "about/", "drugs/tofersen/", "assets/site.css", "assets/site.js"]) {
      expect(after.get(url), url).toBe(before.get(url));
    }
    const unchanged = [...after].filter(([url, revision]) => before.get(url) === revision).length;
    expect(unchanged / after.size).toBeGreaterThan(0.8);
  });
});
