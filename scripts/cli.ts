/**
 * What every script shares: knowing whether it was started as a script (`isMainModule`), reading its
 * command line (`parseCliArguments`, Node's `util.parseArgs` in strict mode with the project's messages),
 * and printing a failure as one plain message (`runCli`).
 */
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Runs a script's `main`, printing a failure as one plain message (no stack trace) and exiting with 1. */
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

/** The real path of a file (symlinks resolved), or the path itself when it does not exist. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * True when the module at `moduleUrl` (pass `import.meta.url`) is the script Node was started with, not
 * a module imported by another. It compares file paths, not URLs: a URL encodes spaces and letters such
 * as "ñ" (`My%20Sites`), so comparing it with `file://${process.argv[1]}` fails in such a folder.
 */
export function isMainModule(moduleUrl: string, scriptPath: string | undefined = process.argv[1]): boolean {
  if (!scriptPath) return false;
  return realPath(fileURLToPath(moduleUrl)) === realPath(path.resolve(scriptPath));
}

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses `args` with `util.parseArgs` in strict mode. A mistake becomes one of the scripts' messages:
 * `Unknown option "--x" (expected <expected>)` for an unknown option (or an argument where none is taken)
 * and `--output needs a value` for an option given without its value.
 */
export function parseCliArguments<const Options extends OptionsConfig>(args: string[], options: Options, expected: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals });
  } catch (error) {
    throw new Error(argumentMistake(args, options, expected, allowPositionals) ?? (error instanceof Error ? error.message : String(error)), {
      cause: error,
    });
  }
}

/** Finds what strict parsing refused, from the same arguments parsed leniently into tokens. */
function argumentMistake(args: string[], options: OptionsConfig, expected: string, allowPositionals: boolean): string | undefined {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional" && !allowPositionals) return `Unknown option ${JSON.stringify(token.value)} (expected ${expected})`;
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) return `Unknown option ${JSON.stringify(args[token.index] ?? token.rawName)} (expected ${expected})`;
    if (option.type === "boolean" && token.value !== undefined) return `${token.rawName} takes no value (expected ${expected})`;
    // Strict parsing also refuses a value that looks like an option, such as "--output --strict".
    const missing = token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith("-"));
    if (option.type === "string" && missing) return `${token.rawName} needs a value`;
  }
  return undefined;
}
