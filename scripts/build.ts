/**
 * `npm run build`: the production build (the steps are in src/pipeline/build.ts).
 *
 * Options: --output DIR (default _site), --strict (past review dates fail the build), --check,
 * --quiet, --report FILE (step timings as JSON).
 *
 * package.json runs it with two Node options: `--import ./scripts/load-libraries.js` (why: in that file), and
 * `--interrupt-budget=270336`, four times V8's default. V8 compiles a function with its optimizing compiler
 * once the function has run enough bytecode. At the default it compiles about 1,100 functions in a
 * 4,000-post build, at four times about 530; the compiler's threads then leave more of the two cores to the
 * content check and Pagefind, and the build takes less CPU and time in all (README, "Tenth round").
 */
import { writeFile } from "node:fs/promises";
import { buildSite } from "../src/pipeline/build.ts";
import { StepError } from "../src/pipeline/steps.ts";
import { parseBuildOptions } from "./buildOptions.ts";
import { isMainModule } from "./cli.ts";

async function main(): Promise<void> {
  try {
    const options = parseBuildOptions(process.argv.slice(2));
    const steps = await buildSite(options);
    if (options.report) await writeFile(options.report, JSON.stringify({ steps: steps.timings }));
    if (!options.quiet) console.log("Build finished.");
  } catch (error) {
    const step = error instanceof StepError ? error.step : "Build";
    const reason = error instanceof StepError ? error.reason : error;
    console.error(`\nBuild failed at "${step}". Nothing was published; the previous site is unchanged.`);
    console.error(reason instanceof Error ? reason.message : String(reason));
    process.exitCode = 1;
  }
}

if (isMainModule(import.meta.url)) await main();
