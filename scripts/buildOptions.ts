/** Command-line options shared by the build script and the benchmark. */
import path from "node:path";
import { directories } from "../src/model/paths.ts";
import { parseCliArguments } from "./cli.ts";

export interface BuildOptions {
  /** Where the finished site goes; replaced only when every step succeeded. */
  output: string;
  /** Fail (instead of warn) when a drug or program is past its review date. */
  strict: boolean;
  /** Print each step's timing. */
  quiet: boolean;
  /** Write the step timings as JSON to this file (used by the benchmark). */
  report?: string;
  /**
   * Run the built-site checks (links, valid HTML, alt text, third parties, content safety) before
   * publishing. The deploy workflow uses it; `npm test` runs the same checks on its own build.
   */
  check: boolean;
}

export function parseBuildOptions(argv: string[]): BuildOptions {
  const { values } = parseCliArguments(
    argv,
    {
      output: { type: "string" },
      strict: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      report: { type: "string" },
    },
    "--output DIR, --strict, --check, --quiet or --report FILE",
  );
  return {
    output: path.resolve(values.output ?? directories.output),
    strict: values.strict,
    quiet: values.quiet,
    check: values.check,
    ...(values.report !== undefined ? { report: path.resolve(values.report) } : {}),
  };
}
