/**
 * The build's search index, fed from a worker thread (src/pipeline/searchIndex.ts): real Pagefind, small pages.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pagefindAllocatorSettings, startSearchIndex } from "../../src/pipeline/searchIndex.ts";

const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>Text about ${title}.</p></main></body></html>`;

/** This process's running Pagefind processes (each search index worker starts one, a child of this process). */
async function pagefindProcesses(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // "pid (command) state ppid ...": an earlier test's stopped Pagefind may linger as a zombie (state Z).
    const match = /^\d+ \((.*)\) (\S) (\d+)/.exec(stat);
    if (match && match[1]!.startsWith("pagefind") && match[2] !== "Z" && Number(match[3]) === process.pid) pids.push(Number(entry));
  }
  return pids;
}

/** The Pagefind processes started since `before` was taken, once there is one (a search index starts its own). */
async function startedPagefindProcesses(before: Set<number>): Promise<number[]> {
  let pids: number[] = [];
  for (let tries = 0; pids.length === 0 && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    pids = (await pagefindProcesses()).filter((pid) => !before.has(pid));
  }
  expect(pids.length, "Pagefind's process was found").toBeGreaterThan(0);
  return pids;
}

/** The environment a process was started with (`/proc/<pid>/environ`). */
async function environmentOf(pid: number): Promise<string[]> {
  return (await readFile(`/proc/${pid}/environ`, "utf8")).split("\0");
}

describe("search index worker", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "search-index-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("indexes each searchable page it is given, one index per language", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    indexer.add({ url: "/es/posts/andadores/", content: page("es", "Andadores") });
    indexer.add({ url: "/feed.xml", content: "<rss></rss>" }); // not a page
    indexer.add({ url: "/offline/", content: "<!doctype html><html lang=en><body><main>No body mark</main></body></html>" });

    expect(await indexer.finish(folder).written).toBe(2);
    const entry = JSON.parse(await readFile(path.join(folder, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]))).toEqual({ en: 1, es: 1 });
    // Whole files only, and not Pagefind's ready-made search UIs, which the site does not use.
    const files = await readdir(path.join(folder, "pagefind"), { recursive: true });
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-entry.json", expect.stringMatching(/^fragment\//)]));
    expect(files.filter((file) => file.startsWith("pagefind-ui") || file.startsWith("pagefind-highlight"))).toEqual([]);
  });

  it("lists the index's files, with their sizes and hashes, before it has written them", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    const { files, written } = indexer.finish(folder);
    let writtenYet = false;
    void written.then(() => (writtenYet = true));
    const listed = await files;
    expect(writtenYet, "the list came before the files were written").toBe(false);
    await written;

    const onDisk = (await readdir(path.join(folder, "pagefind"), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(path.join(folder, "pagefind"), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
    expect(listed.map((file) => file.path).sort()).toEqual(onDisk.sort());
    for (const file of listed) {
      const bytes = await readFile(path.join(folder, "pagefind", file.path));
      expect((await stat(path.join(folder, "pagefind", file.path))).size, file.path).toBe(file.size);
      expect(file.md5, file.path).toBe(createHash("md5").update(bytes).digest("hex").slice(0, 16));
    }
  });

  it("reports a failure to write the index, naming the file", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    // A file where the output folder should be: `pagefind/` cannot be made inside it.
    const notAFolder = path.join(folder, "file");
    await writeFile(notAFolder, "");
    await expect(indexer.finish(notAFolder).written).rejects.toThrow(/ENOTDIR.*file[\\/]pagefind/);
  });

  it("reports Pagefind's process stopping, instead of waiting for ever", async () => {
    const before = new Set(await pagefindProcesses());
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    for (const pid of await startedPagefindProcesses(before)) process.kill(pid, "SIGKILL");
    // Which one depends on when Pagefind's client notices: our own words, or its client's.
    const { files, written } = indexer.finish(folder);
    await expect(written).rejects.toThrow(/Pagefind stopped before it finished|Pagefind backend closed/);
    await expect(files).rejects.toThrow(/Pagefind stopped before it finished|Pagefind backend closed/);
  });

  it("starts Pagefind with its allocator set to give freed memory back soon", async () => {
    const before = new Set(await pagefindProcesses());
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    const [pid] = await startedPagefindProcesses(before);
    expect(await environmentOf(pid!)).toContain(`_RJEM_MALLOC_CONF=${pagefindAllocatorSettings}`);
    expect(await indexer.finish(folder).written).toBe(1);
  });

  it("keeps an allocator setting already in the environment", async () => {
    const before = new Set(await pagefindProcesses());
    process.env._RJEM_MALLOC_CONF = "dirty_decay_ms:0";
    try {
      const indexer = startSearchIndex();
      indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
      const [pid] = await startedPagefindProcesses(before);
      expect(await environmentOf(pid!)).toContain("_RJEM_MALLOC_CONF=dirty_decay_ms:0");
      expect(await indexer.finish(folder).written).toBe(1);
    } finally {
      delete process.env._RJEM_MALLOC_CONF;
    }
  });

  it("stops without writing anything when the build is abandoned", async () => {
    const indexer = startSearchIndex();
    indexer.add({ url: "/posts/walking-aids/", content: page("en", "Walking aids") });
    await indexer.abort();
    await expect(readFile(path.join(folder, "pagefind/pagefind-entry.json"))).rejects.toThrow(/ENOENT/);
  });
});
