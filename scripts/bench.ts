/**
 * `npm run bench [-- --posts 4000]` (or `--posts 1000,4000,10000,20000`): how the production build scales.
 *
 * For each size it generates that many synthetic posts (valid front matter, neutral filler text, no
 * medical claims) into a temporary folder, then measures three builds of the same posts, alternating them
 * (`--runs N` rounds, default 3, each round in a different order; the table shows the median):
 *   - bare: plain Eleventy (same version, no config, no layout) rendering the markdown files;
 *   - assembled: what the three tools' own guides give: Eleventy with a one-file layout, then the
 *     `pagefind --site` command, then workbox-build's `generateSW` with its default file patterns;
 *   - full: what `npm run build` runs (content check, Eleventy, search index, service worker, everything).
 * For each: wall time, CPU time of the process tree, peak RSS of the largest process and of the whole
 * process tree (all sampled from /proc every 50 ms), output size; for the full build, each step's share.
 * It is a benchmark, not a test: it asserts nothing. `--keep` leaves the generated projects in the
 * temporary folder for profiling.
 * `--watch` also measures `npm start` (Eleventy --serve --incremental): after the first build it edits one
 * post's title and times until that post's page, the lists that show it and the feeds carry the new title.
 * Then it times the same edit under bare Eleventy's own `--watch --incremental`, the floor for any preview
 * built on Eleventy's incremental mode.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters } from "node:util";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

const projectRoot = path.resolve(import.meta.dirname, "..");
const eleventyCli = path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs");
const pagefindCli = path.join(projectRoot, "node_modules/pagefind/lib/runner/bin.cjs");

interface Measured {
  ms: number;
  /** CPU time of the whole process tree, user plus system: it moves less between runs than the wall time. */
  cpuMs: number;
  /** The largest single process's peak resident memory. */
  peakProcessMb: number;
  /** The whole process tree's peak resident memory (the sum of every process alive at one sample). */
  peakTreeMb: number;
  /**
   * Each program's peak resident memory, by the name in `/proc/<pid>/status` (the largest process of that
   * name): the largest of these is `peakProcessMb`, and this says whose it is (Node, or Pagefind's process).
   */
  peakByProgramMb: Record<string, number>;
}

type BuildName = "bare" | "assembled" | "full";
const buildNames: BuildName[] = ["bare", "assembled", "full"];

interface Builds {
  builds: Record<BuildName, Measured & { outputMb: number }>;
  /** Each round's time of each build, in the order the rounds ran. */
  roundsMs: Array<Record<BuildName, number>>;
  steps: Array<{ name: string; ms: number }>;
  assembledPrecache: { count: number; bytes: number };
}

/** One size's figures: the builds (unless `--runs 0`) and the `npm start` measurement (with `--watch`). */
type Row = { posts: number; watch?: WatchResult } & (Builds | { builds?: undefined });

/**
 * A process's CPU time (user plus system) from its `/proc/<pid>/stat` line, in ms. The fields after the
 * command name (in parentheses, and it may hold spaces) start with the state; utime and stime are the 12th
 * and 13th of them, in clock ticks of 10 ms (Linux's USER_HZ is 100).
 */
export function cpuMsFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`unexpected /proc stat line: ${JSON.stringify(stat)}`);
  return ticks * 10;
}

/** What the bench reads from a `/proc/<pid>/status` file: the program's name and its resident memory in KB. */
export function processStatus(status: string): { name: string; rssKb: number } {
  return {
    name: status.match(/^Name:\s+(.*)$/m)?.[1] ?? "",
    // A process that is exiting has no VmRSS line.
    rssKb: Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0),
  };
}

/** A file of /proc, or "" once its process has ended. */
function readProc(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/**
 * A process and all its descendants, from the kernel's list of each thread's children
 * (`/proc/<pid>/task/<tid>/children`; Pagefind's process is a child of the build's search index thread).
 * A few small reads per process of the tree: reading every process's status on the machine, 20 times a
 * second and each read awaited, took 40 to 60% of a core, which the builds being measured then lacked.
 */
export function processTree(rootPid: number): number[] {
  const pids = [rootPid];
  for (let index = 0; index < pids.length; index++) {
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pids[index]}/task`);
    } catch {
      continue; // ended
    }
    for (const thread of threads) {
      for (const child of readProc(`/proc/${pids[index]}/task/${thread}/children`).split(" ")) if (child.trim()) pids.push(Number(child));
    }
  }
  return pids;
}

/**
 * Samples a running process tree every 50 ms until `stop()`: the peaks of its memory in MB, and its CPU time,
 * the sum of each process's last reading. Sampled rather than taken from the kernel's count of waited-for
 * children: Pagefind's process ends after the build's Node process stops waiting for it, so that count
 * leaves it out (5.9 s of CPU at 4,000 posts). A process's last 50 ms, and a process shorter than that, are
 * missed. The reads are synchronous: they are quick, and this process has nothing else to do meanwhile.
 */
function sampleTree(child: ChildProcess): { stop: () => Omit<Measured, "ms"> } {
  let peakTree = 0;
  const peakByProgram = new Map<string, number>();
  const cpuByProcess = new Map<number, number>();
  const sampler = setInterval(() => {
    if (!child.pid) return;
    let total = 0;
    for (const pid of processTree(child.pid)) {
      const { name, rssKb } = processStatus(readProc(`/proc/${pid}/status`));
      total += rssKb;
      peakByProgram.set(name, Math.max(peakByProgram.get(name) ?? 0, rssKb));
      const stat = readProc(`/proc/${pid}/stat`);
      if (stat) cpuByProcess.set(pid, Math.max(cpuByProcess.get(pid) ?? 0, cpuMsFromStat(stat)));
    }
    peakTree = Math.max(peakTree, total);
  }, 50);
  return {
    stop: () => {
      clearInterval(sampler);
      const cpuMs = [...cpuByProcess.values()].reduce((sum, ms) => sum + ms, 0);
      const peakByProgramMb = Object.fromEntries([...peakByProgram].map(([name, kb]) => [name, kb / 1024]));
      // The largest single process's peak is the largest program's peak.
      const peakProcessMb = Math.max(0, ...Object.values(peakByProgramMb));
      return { peakProcessMb, peakTreeMb: peakTree / 1024, peakByProgramMb, cpuMs };
    },
  };
}

function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env } });
    let stderr = "";
    const tree = sampleTree(child);
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const sampled = tree.stop();
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} failed:\n${stderr}`));
      else resolve({ ms: performance.now() - start, ...sampled });
    });
  });
}

async function folderSizeMb(folder: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes / 1024 / 1024;
}

const words = (
  "the people care team clinic visit family home support plan question answer reading page site list " +
  "day week month year morning evening note record share help choose change check learn time place"
).split(" ");
const tags = ["research", "drugs", "programs", "community", "care", "news", "events", "stories", "guides", "updates"];

const tagsFor = (index: number) => [tags[index % tags.length]!, tags[(index + 3) % tags.length]!];

/** A deterministic synthetic post: valid front matter, a few headed sections of neutral filler text. */
function syntheticPost(index: number): string {
  const pick = (n: number) => words[(index * 7 + n * 13) % words.length];
  const sentence = (n: number) => `${Array.from({ length: 14 }, (_, i) => pick(n + i)).join(" ")}.`;
  const paragraph = (n: number) => Array.from({ length: 5 }, (_, i) => sentence(n * 5 + i)).join(" ");
  const date = new Date(Date.UTC(2015, 0, 1) + (index % 4000) * 86_400_000).toISOString().slice(0, 10);
  return `---
title: "Benchmark post ${index}"
date: "${date}"
summary: "Synthetic post number ${index}, generated by the build benchmark."
tags: [${tagsFor(index).join(", ")}]
---

${paragraph(1)}

Sources: none

## Section one

${paragraph(2)}

${paragraph(3)}

Sources: none

## Section two

- ${sentence(4)}
- ${sentence(5)}

${paragraph(6)}

Sources: none
`;
}

/** The assembled pipeline's one-file layout: what Eleventy's guide starts with (Liquid, Eleventy's default). */
const assembledLayout = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<meta name="description" content="{{ summary }}">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">Site</a></header>
<main>
<h1>{{ title }}</h1>
{{ content }}
</main>
<footer>Footer</footer>
</body>
</html>
`;

/** The assembled pipeline's service worker step: workbox-build's `generateSW` as its guide shows, default file patterns. */
const assembledServiceWorker = `import { generateSW } from ${JSON.stringify(path.join(projectRoot, "node_modules/workbox-build/build/index.js"))};
import { writeFile } from "node:fs/promises";
const out = process.argv[2];
const { count, size, warnings } = await generateSW({ globDirectory: out, swDest: \`\${out}/sw.js\` });
if (warnings.length > 0) console.error(warnings.join("\\n"));
await writeFile("precache.json", JSON.stringify({ count, bytes: size }));
`;

interface Prepared {
  root: string;
  project: string;
  bare: string;
  assembled: string;
}

async function prepare(posts: number): Promise<Prepared> {
  const root = await mkdtemp(path.join(os.tmpdir(), `als-bench-${posts}-`));
  const project = path.join(root, "project");
  const bare = path.join(root, "bare");
  const assembled = path.join(root, "assembled");
  for (const entry of ["src", "_data", "_includes", "scripts", "eleventy.config.ts", "package.json", "tsconfig.json"]) {
    await cp(path.join(projectRoot, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(project, "node_modules"), "dir");
  await mkdir(path.join(bare, "posts"), { recursive: true });
  await mkdir(path.join(assembled, "src/posts"), { recursive: true });
  await mkdir(path.join(assembled, "src/_includes"), { recursive: true });
  await writeFile(path.join(assembled, "src/_includes/layout.liquid"), assembledLayout);
  await writeFile(path.join(assembled, "src/posts/posts.json"), JSON.stringify({ layout: "layout.liquid" }));
  await writeFile(path.join(assembled, "generate-sw.mjs"), assembledServiceWorker);
  for (let index = 1; index <= posts; index++) {
    const name = `${postSlug(index)}.md`;
    const text = syntheticPost(index);
    await writeFile(path.join(project, "src/posts/en", name), text);
    await writeFile(path.join(bare, "posts", name), text);
    await writeFile(path.join(assembled, "src/posts", name), text);
  }
  return { root, project, bare, assembled };
}

const postSlug = (index: number) => `benchmark-post-${String(index).padStart(5, "0")}`;

/**
 * One build of one kind, into an output folder no earlier run has used. The bench deletes nothing until it
 * ends: on this machine's file system (ext4 without a journal) creating a file within a minute or two of
 * deleting many others takes several times as long (the kernel's inode allocator checks for, and skips,
 * inodes freed recently: `recently_deleted`), so removing the last run's output just before a build
 * charged that build for the removal, and a build that creates more files more.
 */
async function runBuild(name: BuildName, prepared: Prepared, out: string): Promise<Measured> {
  switch (name) {
    case "bare":
      return measure(process.execPath, [eleventyCli, "--input=posts", `--output=${out}`, "--quiet"], prepared.bare);
    case "assembled": {
      // One shell runs the three commands in turn, so the whole pipeline is one process tree.
      const node = JSON.stringify(process.execPath);
      const script = [
        `${node} ${JSON.stringify(eleventyCli)} --input=src --output=${out} --quiet`,
        `${node} ${JSON.stringify(pagefindCli)} --site ${out} --silent`,
        `${node} generate-sw.mjs ${out}`,
      ].join(" && ");
      return measure("/bin/sh", ["-c", script], prepared.assembled);
    }
    case "full":
      // Into a new folder too (replacing a published site adds the old one's removal).
      return measure(
        process.execPath,
        [...buildScriptArguments(), "--output", out, "--quiet", "--report", path.join(prepared.root, "report.json")],
        prepared.project,
      );
  }
}

/** Node's arguments in package.json's `build` script (`node …`), so that the bench runs what `npm run build` runs. */
export function buildScriptArguments(packageJson = readFileSync(path.join(projectRoot, "package.json"), "utf8")): string[] {
  const script = (JSON.parse(packageJson) as { scripts: { build: string } }).scripts.build;
  const [command, ...args] = script.split(" ");
  if (command !== "node") throw new Error(`The bench runs the build script with Node; it starts with "${command}": ${script}`);
  return args;
}

const outputFolder = (round: number) => `out-${round + 1}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each program's median peak over the runs (a program missing from a run counts as 0 there). */
const medianByProgram = (runs: Array<Record<string, number>>) =>
  Object.fromEntries([...new Set(runs.flatMap(Object.keys))].map((name) => [name, median(runs.map((run) => run[name] ?? 0))]));

/** One size's builds. Its generated folder goes into `leftovers`, for removal when the whole bench has ended. */
async function run(posts: number, options: BenchOptions, leftovers: string[]): Promise<Row> {
  const prepared = await prepare(posts);
  if (options.keep) console.log(`(keeping ${prepared.root})`);
  else leftovers.push(prepared.root);
  const results: Record<BuildName, Measured[]> = { bare: [], assembled: [], full: [] };
  for (let round = 0; round < options.runs; round++) {
    // A different build goes first in each round, so no build always runs on a warm (or cold) machine.
    const order = buildNames.map((_, index) => buildNames[(index + round) % buildNames.length]!);
    for (const name of order) results[name].push(await runBuild(name, prepared, outputFolder(round)));
  }
  if (options.runs === 0) return { posts, watch: await measureWatch(prepared, posts) };
  const last = outputFolder(options.runs - 1);
  const outputs: Record<BuildName, string> = {
    bare: path.join(prepared.bare, last),
    assembled: path.join(prepared.assembled, last),
    full: path.join(prepared.project, last),
  };
  const builds = {} as Builds["builds"];
  for (const name of buildNames) {
    builds[name] = {
      ms: median(results[name].map((result) => result.ms)),
      cpuMs: median(results[name].map((result) => result.cpuMs)),
      peakProcessMb: median(results[name].map((result) => result.peakProcessMb)),
      peakTreeMb: median(results[name].map((result) => result.peakTreeMb)),
      peakByProgramMb: medianByProgram(results[name].map((result) => result.peakByProgramMb)),
      outputMb: await folderSizeMb(outputs[name]),
    };
  }
  const roundsMs = results.full.map((_, round) => mapBuilds((name) => results[name][round]!.ms));
  const { steps } = JSON.parse(await readFile(path.join(prepared.root, "report.json"), "utf8")) as { steps: Builds["steps"] };
  const assembledPrecache = JSON.parse(await readFile(path.join(prepared.assembled, "precache.json"), "utf8")) as Builds["assembledPrecache"];
  return { posts, builds, roundsMs, steps, assembledPrecache, ...(options.watch ? { watch: await measureWatch(prepared, posts) } : {}) };
}

interface WatchResult {
  /** From saving the post to its own page carrying the new title. */
  postMs: number;
  /** From saving the post to every list page and feed that shows it carrying the new title. */
  listsMs: number;
  /** Files that still showed the old title 20 s after the edit (a rebuild that missed them). */
  stale: string[];
  /** What Eleventy said it wrote. */
  eleventySays: string;
  /** What the preview's quick update said (src/_config/plugins/quickPostUpdate.ts): what it wrote, and whether Eleventy's rebuild agreed. */
  quickSays: string[];
  /** How many output files showed the post's title (its page, neighbours, lists, feeds, search page…). */
  showing: number;
  /**
   * The same edit to the same post under bare Eleventy's own `--watch --incremental` (no config, no layout):
   * the least a preview built on Eleventy 3's incremental mode can take at this size, as it re-renders one file.
   */
  bare: { postMs: number; eleventySays: string };
}

/** An Eleventy watcher started for one measurement, in its own process group so it can be stopped whole. */
function startWatcher(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const waitFor = async (test: () => Promise<boolean> | boolean, what: string, timeoutMs: number) => {
    const start = performance.now();
    while (!(await test())) {
      if (performance.now() - start > timeoutMs) throw new Error(`${what}: timed out\n${log.slice(-2000)}`);
      if (child.exitCode !== null) throw new Error(`Eleventy stopped while waiting for ${what}:\n${log.slice(-2000)}`);
      await sleep(5);
    }
  };
  return {
    log: () => log,
    waitFor,
    /**
     * Waits for the first build, then until the watcher has used no CPU for half a second: Eleventy says
     * "Watching" before its file watcher has finished listing thousands of files, and a save before then
     * goes unseen.
     */
    ready: async (what: string) => {
      await waitFor(() => /Watching/.test(log), what, 600_000);
      const cpuMs = async () => cpuMsFromStat(await readFile(`/proc/${child.pid}/stat`, "utf8"));
      let last = await cpuMs();
      await waitFor(
        async () => {
          await sleep(500);
          const now = await cpuMs();
          const idle = now - last <= 10;
          last = now;
          return idle;
        },
        "the watcher to settle",
        120_000,
      );
    },
    /** Eleventy's summary of the rebuild that followed `logBefore` characters of its log. */
    summary: async (logBefore: number) => {
      await waitFor(() => /Wrote \d+ files?/.test(log.slice(logBefore)), "Eleventy's summary", 120_000);
      return stripVTControlCharacters(/Wrote [^\n]*/.exec(log.slice(logBefore))?.[0] ?? "");
    },
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}

/** The newest post: dates run one day apart and wrap every 4,000 posts (see syntheticPost). */
function newestPost(posts: number): number {
  let newest = 1;
  for (let index = 1; index <= posts; index++) if (index % 4000 > newest % 4000) newest = index;
  return newest;
}

/** The edit both previews are timed on: the post's title, in its front matter. */
async function editTitle(source: string, index: number, title: string): Promise<void> {
  const text = await readFile(source, "utf8");
  await writeFile(source, text.replace(`title: "Benchmark post ${index}"`, `title: "${title}"`));
}

/**
 * `npm start` on the project with `posts` posts: waits for the first build, then edits the title of the
 * newest post and polls the output until the post, the first page of /posts/, its tag pages' first pages,
 * the home page and both feeds have the new title. Then the same edit under bare Eleventy's watcher.
 */
async function measureWatch(prepared: Prepared, posts: number): Promise<WatchResult> {
  const newest = newestPost(posts);
  const title = `Benchmark post ${newest} edited`;
  const slug = postSlug(newest);
  const output = path.join(prepared.project, "_site");
  const port = String(18000 + Math.floor(Math.random() * 1000));
  const preview = startWatcher(
    ["--import", "tsx", eleventyCli, "--config=eleventy.config.ts", "--serve", "--incremental", `--port=${port}`],
    prepared.project,
    {
      ...process.env,
      ELEVENTY_ENV: "development",
    },
  );
  let full: Omit<WatchResult, "bare">;
  try {
    await preview.ready("npm start's first build");
    // Every page and feed that shows the post now (its neighbours, lists, feeds) must show the new title.
    const oldTitle = new RegExp(`Benchmark post ${newest}(?!\\d)`);
    const showing: string[] = [];
    for (const entry of await readdir(output, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
      const file = path.relative(output, path.join(entry.parentPath, entry.name));
      if (oldTitle.test(await readFile(path.join(output, file), "utf8"))) showing.push(file);
    }
    // Polled every few milliseconds: a file is read again only once its modification time has changed, since
    // at 10,000 posts the feeds and the sitemap are megabytes, and reading them all in a loop took a core.
    const seen = new Map<string, { mtimeMs: number; has: boolean }>();
    const has = async (file: string) => {
      const mtimeMs = (await stat(path.join(output, file)).catch(() => undefined))?.mtimeMs ?? -1;
      const last = seen.get(file);
      if (last?.mtimeMs === mtimeMs) return last.has;
      const found = (await readFile(path.join(output, file), "utf8").catch(() => "")).includes(title);
      seen.set(file, { mtimeMs, has: found });
      return found;
    };
    const logBefore = preview.log().length;
    const start = performance.now();
    await editTitle(path.join(prepared.project, "src/posts/en", `${slug}.md`), newest, title);
    await preview.waitFor(() => has(`posts/${slug}/index.html`), "the edited post", 120_000);
    const postMs = performance.now() - start;
    const missing = async () => (await Promise.all(showing.map(async (file) => ((await has(file)) ? "" : file)))).filter(Boolean);
    const stale = await preview
      .waitFor(async () => (await missing()).length === 0, "the lists and feeds", 20_000)
      .then(
        () => [],
        () => missing(),
      );
    const listsMs = performance.now() - start;
    const eleventySays = await preview.summary(logBefore);
    const quickSays = Array.from(stripVTControlCharacters(preview.log().slice(logBefore)).matchAll(/\[11ty\] (Quick update[^\n]*)/g), (match) => match[1]!);
    full = { postMs, listsMs, stale, eleventySays, quickSays, showing: showing.length };
  } finally {
    preview.stop();
  }
  return { ...full, bare: await measureBareWatch(prepared.bare, newest) };
}

/**
 * The same title edit under bare Eleventy's `--watch --incremental`. Its pages show no title (no layout),
 * so the rebuild is seen by the post's page being written again.
 */
async function measureBareWatch(bare: string, index: number): Promise<WatchResult["bare"]> {
  // No build has written `out` in this project: the timed builds write `out-1`, `out-2`…
  const page = path.join(bare, "out", postSlug(index), "index.html");
  const watcher = startWatcher([eleventyCli, "--input=posts", "--output=out", "--watch", "--incremental"], bare);
  try {
    await watcher.ready("bare Eleventy's first build");
    const written = (await stat(page)).mtimeMs;
    const logBefore = watcher.log().length;
    const start = performance.now();
    await editTitle(path.join(bare, "posts", `${postSlug(index)}.md`), index, `Benchmark post ${index} edited`);
    await watcher.waitFor(async () => (await stat(page).catch(() => undefined))?.mtimeMs !== written, "bare Eleventy's rebuild", 120_000);
    return { postMs: performance.now() - start, eleventySays: await watcher.summary(logBefore) };
  } finally {
    watcher.stop();
  }
}

export interface BenchOptions {
  sizes: number[];
  runs: number;
  keep: boolean;
  watch: boolean;
}

/** The command line: `--posts` sizes (default 4000), `--runs` (default 3), `--watch` and `--keep`. */
export function parseBenchArguments(argv: string[]): BenchOptions {
  const { values } = parseCliArguments(
    argv,
    {
      posts: { type: "string", default: "4000" },
      runs: { type: "string", default: "3" },
      keep: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
    },
    "--posts N[,N…], --runs N, --watch or --keep",
  );
  const sizes = values.posts.split(",").map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--posts takes whole numbers, e.g. --posts 4000 or --posts 1000,4000`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < (values.watch ? 0 : 1)) throw new Error(`--runs takes a whole number, e.g. --runs 3 (0 with --watch: only npm start)`);
  return { sizes, runs, keep: values.keep, watch: values.watch };
}

const labels: Record<BuildName, string> = { bare: "bare Eleventy", assembled: "assembled pipeline", full: "full build (npm run build)" };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function printWatch(posts: number, watch: WatchResult): void {
  const s = seconds;
  console.log(
    `\n${posts} posts, npm start, one post's title edited: its page in ${s(watch.postMs)}; all ${watch.showing} files that show it in ${s(watch.listsMs)}`,
  );
  if (watch.stale.length > 0) console.log(`  STALE after 20 s (the rebuild missed them): ${watch.stale.join(", ")}`);
  for (const line of watch.quickSays) console.log(`  (${line})`);
  console.log(`  (Eleventy: ${watch.eleventySays})`);
  console.log(`  bare Eleventy --watch --incremental, the same edit: its page in ${s(watch.bare.postMs)}`);
  console.log(`  (Eleventy: ${watch.bare.eleventySays})`);
}

function printBuilds(row: { posts: number } & Builds, runs: number): void {
  const s = seconds;
  const mb = (value: number) => `${value.toFixed(0)} MB`;
  const { bare, assembled, full } = row.builds;
  console.log(`\n${row.posts} posts (median of ${runs} alternated run${runs === 1 ? "" : "s"})`);
  console.log("| build | time | CPU time (user + system) | peak RSS, largest process | peak RSS, process tree | output | ms per post |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const name of buildNames) {
    const build = row.builds[name];
    console.log(
      `| ${labels[name]} | ${s(build.ms)} | ${s(build.cpuMs)} | ${mb(build.peakProcessMb)} | ${mb(build.peakTreeMb)} | ${build.outputMb.toFixed(1)} MB | ${(build.ms / row.posts).toFixed(2)} |`,
    );
  }
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.log(
    `| full / bare | ${ratio(full.ms, bare.ms)} | ${ratio(full.cpuMs, bare.cpuMs)} | ${ratio(full.peakProcessMb, bare.peakProcessMb)} | ${ratio(full.peakTreeMb, bare.peakTreeMb)} | | |`,
  );
  console.log(
    `| full / assembled | ${ratio(full.ms, assembled.ms)} | ${ratio(full.cpuMs, assembled.cpuMs)} | ${ratio(full.peakProcessMb, assembled.peakProcessMb)} | ${ratio(full.peakTreeMb, assembled.peakTreeMb)} | | |`,
  );
  if (runs > 1) for (const line of roundRatioLines(row.roundsMs)) console.log(line);
  // Whose memory the largest-process column is: Node's, or Pagefind's own process.
  const programs = (build: Measured) =>
    Object.entries(build.peakByProgramMb)
      .filter(([, peak]) => peak >= 50)
      .sort(([, a], [, b]) => b - a)
      .map(([name, peak]) => `${name} ${mb(peak)}`)
      .join(", ");
  console.log(`\nPeak RSS by program (the largest process of each name, 50 MB or more):`);
  for (const name of buildNames) console.log(`  ${labels[name]}: ${programs(row.builds[name])}`);
  console.log(
    `\nThe assembled pipeline precaches ${row.assembledPrecache.count} files, ${(row.assembledPrecache.bytes / 1024 / 1024).toFixed(1)} MB (no install budget).`,
  );
  const stepsTotal = row.steps.reduce((sum, step) => sum + step.ms, 0);
  // The steps are from the last round's full build, so its start-up and the shares are worked out from that
  // build's own time (the median's build may be another round's).
  const lastMs = row.roundsMs.at(-1)?.full ?? full.ms;
  // The content check and Pagefind's indexing run alongside Eleventy (a worker thread and Pagefind's own
  // process): their steps time only the wait for them once Eleventy is done.
  console.log(
    `\n| full build step (last run, ${s(lastMs)}; the check and the search index run alongside Eleventy: their rows are the wait after it) | time | share |`,
  );
  console.log("| --- | ---: | ---: |");
  for (const step of [...row.steps, { name: "Node start-up and imports (that run's time minus its steps)", ms: Math.max(0, lastMs - stepsTotal) }]) {
    console.log(`| ${step.name} | ${s(step.ms)} | ${((step.ms / lastMs) * 100).toFixed(0)}% |`);
  }
}

async function main(): Promise<void> {
  const options = parseBenchArguments(process.argv.slice(2));
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `Build benchmark on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${load} at the start`,
  );
  const rows: Row[] = [];
  // Removed only at the end, so that no removal slows the next size's builds (see `runBuild`).
  const leftovers: string[] = [];
  try {
    for (const posts of options.sizes) {
      const row = await run(posts, options, leftovers);
      rows.push(row);
      if (row.builds) printBuilds(row, options.runs);
      if (row.watch) printWatch(posts, row.watch);
    }
  } finally {
    for (const folder of leftovers) await rm(folder, { recursive: true, force: true });
  }
  if (rows.length > 1 && options.runs > 0) {
    const sizes = rows.flatMap((row) => (row.builds ? [{ posts: row.posts, ms: mapBuilds((name) => row.builds[name].ms) }] : []));
    for (const line of scalingLines(sizes)) console.log(line);
  }
}

function mapBuilds<T>(value: (name: BuildName) => T): Record<BuildName, T> {
  return { bare: value("bare"), assembled: value("assembled"), full: value("full") };
}

/**
 * The time ratios of each round on its own (the table gives their medians). The builds of one round run
 * back to back, so a round's ratio is less touched by the machine's slow and fast spells than the builds'
 * times are, and the spread of the rounds' ratios shows how far one bench's median can be trusted.
 */
export function roundRatioLines(roundsMs: Array<Record<BuildName, number>>): string[] {
  const ratios = (other: BuildName) => roundsMs.map((round) => `${(round.full / round[other]).toFixed(2)}x`).join(", ");
  return [`Each round on its own, full / bare: ${ratios("bare")}; full / assembled: ${ratios("assembled")}`];
}

/**
 * The scaling summary: time per post at each size, and from the second size on, the time each added post
 * cost since the size before. Start-up (Node, module loading, Pagefind's process, the service worker) is
 * paid once per build, so it weighs on the time per post of a small archive; the added posts' cost has no
 * such share, and shows whether a build's work per post grows with the archive.
 */
export function scalingLines(sizes: Array<{ posts: number; ms: Record<BuildName, number> }>): string[] {
  const sorted = [...sizes].sort((a, b) => a.posts - b.posts);
  const lines = ["", "Scaling (time per post should stay about flat):"];
  sorted.forEach((size, index) => {
    const perPost = buildNames.map((name) => `${(size.ms[name] / size.posts).toFixed(2)} ms/post ${name}`).join(", ");
    lines.push(`  ${size.posts} posts: ${perPost}`);
    const before = sorted[index - 1];
    if (before) {
      const added = size.posts - before.posts;
      const perAdded = buildNames.map((name) => `${((size.ms[name] - before.ms[name]) / added).toFixed(2)} ${name}`).join(", ");
      lines.push(`    each of the ${added} posts added since ${before.posts}: ${perAdded} ms`);
    }
  });
  return lines;
}

if (isMainModule(import.meta.url)) await runCli(main);
