/** The bench's CPU column: each process's CPU time, read from its /proc stat line. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuMsFromStat } from "../../../scripts/bench.ts";

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
