/** Data files load once per change: the same file gives the same value, and a saved change is loaded again. */
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataFile } from "../../../../src/model/checks/dataFiles.ts";

describe("loadDataFile", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "als-data-file-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("gives every page of a folder the same value, and the new one once the file is saved again", async () => {
    const file = path.join(folder, "posts.11tydata.ts");
    await writeFile(file, 'export default { layout: "first" };\n');
    const first = await loadDataFile(file);
    expect(first).toEqual({ layout: "first" });
    expect(await loadDataFile(file)).toBe(first);

    await writeFile(file, 'export default { layout: "second" };\n');
    // A later change time, as a save under `npm start` gives (set here: two writes can share a timestamp).
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    expect(await loadDataFile(file)).toEqual({ layout: "second" });
  });

  it("reports a file that cannot be loaded, naming the problem, and loads it once it is mended", async () => {
    const file = path.join(folder, "broken.11tydata.ts");
    await writeFile(file, "export default {\n");
    await expect(loadDataFile(file)).rejects.toThrow(/could not be loaded/);
    await writeFile(file, 'export default { layout: "mended" };\n');
    const later = new Date(Date.now() + 5_000);
    await utimes(file, later, later);
    expect(await loadDataFile(file)).toEqual({ layout: "mended" });
  });
});
