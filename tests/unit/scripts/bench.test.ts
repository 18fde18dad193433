/** The bench's CPU and memory columns: each process's CPU time and memory, read from /proc. */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { buildScriptArguments, cpuMsFromStat, processStatus, processTree, roundRatioLines, scalingLines } from "../../../scripts/bench.ts";

describe("cpuMsFromStat", () => {
  it("adds utime and stime (in 10 ms ticks), after a command name that holds spaces and parentheses", () => {
    expect(cpuMsFromStat("1234 (pagefind (x) 2) S 1 1234 1234 0 -1 4194304 500 0 0 0 150 25 0 0 20 0 3 0 100")).toBe(1750);
    expect(() => cpuMsFromStat("1234 (node)")).toThrow("unexpected /proc stat line");
  });

  it("agrees with Node's own count for this process", () => {
    // Spin until this process has used 200 ms of CPU, then read its stat line between two of Node's counts.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 200_000);
    const before = process.cpuUsage();
    const fromStat = cpuMsFromStat(readFileSync("/proc/self/stat", "utf8"));
    const after = process.cpuUsage();
    const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
    // The kernel counts in 10 ms ticks; allow two of them either way.
    expect(fromStat).toBeGreaterThanOrEqual(ms(before) - 20);
    expect(fromStat).toBeLessThanOrEqual(ms(after) + 20);
  });
});

describe("roundRatioLines", () => {
  it("gives the full build's time against each other build's, round by round, in the order they ran", () => {
    const lines = roundRatioLines([
      { bare: 5000, assembled: 16000, full: 16000 },
      { bare: 4000, assembled: 20000, full: 18000 },
      { bare: 8000, assembled: 15000, full: 18000 },
    ]);
    expect(lines).toEqual(["Each round on its own, full / bare: 3.20x, 4.50x, 2.25x; full / assembled: 1.00x, 0.90x, 1.20x"]);
  });
});

describe("scalingLines", () => {
  it("gives the time per post at each size, and the cost of each post added since the size before", () => {
    // Sizes out of order: the summary goes from the smallest up.
    const lines = scalingLines([
      { posts: 4000, ms: { bare: 6000, assembled: 16000, full: 17000 } },
      { posts: 1000, ms: { bare: 2500, assembled: 9000, full: 8000 } },
    ]);
    expect(lines).toEqual([
      "",
      "Scaling (time per post should stay about flat):",
      "  1000 posts: 2.50 ms/post bare, 9.00 ms/post assembled, 8.00 ms/post full",
      "  4000 posts: 1.50 ms/post bare, 4.00 ms/post assembled, 4.25 ms/post full",
      // (6000 - 2500) / 3000, (16000 - 9000) / 3000, (17000 - 8000) / 3000
      "    each of the 3000 posts added since 1000: 1.17 bare, 2.33 assembled, 3.00 full ms",
    ]);
  });
});

describe("processStatus", () => {
  it("reads a program name with spaces and the resident memory", () => {
    const status = "Name:\tpagefind extended\nUmask:\t0022\nState:\tS (sleeping)\nPPid:\t4321\nVmPeak:\t 900 kB\nVmRSS:\t  312345 kB\n";
    expect(processStatus(status)).toEqual({ name: "pagefind extended", rssKb: 312345 });
    // An exiting process has no memory lines: it counts as none.
    expect(processStatus("Name:\tnode\nPPid:\t1\n").rssKb).toBe(0);
  });

  it("agrees with the kernel's other files and Node for this process", () => {
    const status = processStatus(readFileSync("/proc/self/status", "utf8"));
    expect(status.name).toBe(readFileSync("/proc/self/comm", "utf8").trim());
    // The resident memory moves between two readings; Node's own figure is in bytes.
    expect(Math.abs(status.rssKb * 1024 - process.memoryUsage().rss)).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("processTree", () => {
  it("finds a process's children and grandchildren, and nothing else", async () => {
    // A shell (child of this process) with two sleeping children of its own.
    const shell = spawn("sh", ["-c", "sleep 30 & sleep 30 & wait"]);
    let tree: number[] = [];
    try {
      for (let tries = 0; tree.length < 3 && tries < 100; tries++) {
        await sleep(20);
        tree = processTree(shell.pid!);
      }
      expect(tree[0]).toBe(shell.pid);
      expect(tree.slice(1).map((pid) => readFileSync(`/proc/${pid}/comm`, "utf8").trim())).toEqual(["sleep", "sleep"]);
      expect(processTree(process.pid)).toEqual(expect.arrayContaining(tree));
      expect(processTree(process.pid)).toContain(process.pid);
    } finally {
      // The sleeps first: the shell then reaps them and ends, leaving no zombie behind.
      const ended = new Promise((resolve) => shell.on("close", resolve));
      for (const pid of tree.slice(1)) process.kill(pid);
      if (tree.length < 3) shell.kill();
      await ended;
    }
  });

  it("is the process alone once it has ended", async () => {
    const done = spawn("true");
    await new Promise((resolve) => done.on("close", resolve));
    expect(processTree(done.pid!)).toEqual([done.pid]);
  });
});

describe("buildScriptArguments", () => {
  it("gives Node's arguments from package.json's build script, so the bench runs what npm run build runs", () => {
    const args = buildScriptArguments();
    expect(args.at(-1)).toBe("scripts/build.ts");
    // The file it preloads is there (a path relative to the project, where npm runs the script).
    const preload = args[args.indexOf("--import") + 1]!;
    expect(existsSync(path.join(import.meta.dirname, "../../..", preload))).toBe(true);
    expect(buildScriptArguments(JSON.stringify({ scripts: { build: "node --import ./a.js b.ts" } }))).toEqual(["--import", "./a.js", "b.ts"]);
  });

  it("refuses a build script that is not run with Node", () => {
    expect(() => buildScriptArguments(JSON.stringify({ scripts: { build: "tsx scripts/build.ts" } }))).toThrow('starts with "tsx"');
  });
});
