/** The bench's CPU column: the CPU time bash's `times` reports for the processes it waited for. */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { childrenCpuMs } from "../../../scripts/bench.ts";

describe("childrenCpuMs", () => {
  it("adds the user and system time of the children's line", () => {
    expect(childrenCpuMs("0m0.004s 0m0.000s\n1m2.500s 0m4.250s\n")).toBe(66_750);
    expect(() => childrenCpuMs("0m0.004s 0m0.000s\n")).toThrow("unexpected output of bash's times");
  });

  it("counts a child's whole CPU time, read from bash itself", () => {
    // The child spins until it has used 200 ms of CPU, then prints what it used (its own count, in µs).
    const spin = "const s = process.cpuUsage(); while (process.cpuUsage(s).user < 200000); const u = process.cpuUsage(); console.log(u.user + u.system);";
    const output = execFileSync("bash", ["-c", '"$1" -e "$2"; times', "bash", process.execPath, spin], { encoding: "utf8" });
    const [childSays, ...times] = output.trim().split("\n");
    const childMs = Number(childSays) / 1000;
    expect(childMs).toBeGreaterThanOrEqual(200);
    // bash prints milliseconds, and the child used a little more CPU after it counted.
    expect(childrenCpuMs(times.join("\n"))).toBeGreaterThanOrEqual(Math.floor(childMs) - 1);
  });
});
