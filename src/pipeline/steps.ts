/** Runs named build steps in order, timing each, so the build and the benchmark report the same figures. */
import { performance } from "node:perf_hooks";

export interface StepTiming {
  name: string;
  ms: number;
}

export class StepRunner {
  readonly timings: StepTiming[] = [];
  constructor(private readonly log: (line: string) => void) {}

  async run<T>(name: string, step: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } catch (error) {
      throw new StepError(name, error);
    } finally {
      const ms = performance.now() - start;
      this.timings.push({ name, ms });
      this.log(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(2)} s`);
    }
  }
}

export class StepError extends Error {
  constructor(
    readonly step: string,
    readonly reason: unknown,
  ) {
    super(`${step} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "StepError";
  }
}
