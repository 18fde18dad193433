/** Command-line options shared by the build script and the benchmark. */
import path from "node:path";
import { directories } from "../../src/_config/paths.ts";

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
  const options: BuildOptions = { output: path.resolve(directories.output), strict: false, quiet: false, check: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--strict") options.strict = true;
    else if (arg === "--quiet") options.quiet = true;
    else if (arg === "--check") options.check = true;
    else if (arg === "--output") options.output = path.resolve(argv[++index] ?? "");
    else if (arg?.startsWith("--output=")) options.output = path.resolve(arg.slice("--output=".length));
    else if (arg === "--report") options.report = path.resolve(argv[++index] ?? "");
    else throw new Error(`Unknown option ${JSON.stringify(arg)} (expected --output DIR, --strict, --check, --quiet or --report FILE)`);
  }
  return options;
}
