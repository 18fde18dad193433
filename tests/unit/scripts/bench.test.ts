/** The bench's CPU and memory columns: each process's CPU time and memory, read from /proc. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuMsFromStat, processStatus } from "../../../scripts/bench.ts";

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

describe("processStatus", () => {
  it("reads a program name with spaces, the parent and the resident memory", () => {
    const status = "Name:\tpagefind extended\nUmask:\t0022\nState:\tS (sleeping)\nPPid:\t4321\nVmPeak:\t 900 kB\nVmRSS:\t  312345 kB\n";
    expect(processStatus(status)).toEqual({ name: "pagefind extended", ppid: 4321, rssKb: 312345 });
    // An exiting process has no memory lines: it counts as none.
    expect(processStatus("Name:\tnode\nPPid:\t1\n").rssKb).toBe(0);
  });

  it("agrees with the kernel's other files and Node for this process", () => {
    const status = processStatus(readFileSync("/proc/self/status", "utf8"));
    expect(status.name).toBe(readFileSync("/proc/self/comm", "utf8").trim());
    expect(status.ppid).toBe(process.ppid);
    // The resident memory moves between two readings; Node's own figure is in bytes.
    expect(Math.abs(status.rssKb * 1024 - process.memoryUsage().rss)).toBeLessThan(64 * 1024 * 1024);
  });
});
