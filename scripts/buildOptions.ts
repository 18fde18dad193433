/** The build script's command line, read into the pipeline's build options. */
import path from "node:path";
import { directories } from "../src/model/paths.ts";
import type { BuildOptions } from "../src/pipeline/build.ts";
import { parseCliArguments } from "./cli.ts";

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
