/**
 * Runs the real build (the same `scripts/build.ts` that `npm run build` runs) as a child process,
 * either on this project or on a temporary copy of it with one file changed.
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, symlink, writeFile, mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * "Today" for every build and check a test runs (`SITE_TODAY`, read by `src/helpers/today.ts`): a fixed day,
 * so no test depends on the real date. It lies before the content's review dates (the earliest is March 2,
 * 2027) and those only move later, so the real content is never overdue in a test; a test that needs an
 * overdue page gives that page its own dates, before this day.
 */
export const testToday = "2027-01-04";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs a project script with tsx, in `cwd`, on the test clock (`testToday`) unless `env` sets `SITE_TODAY`. */
export function runScript(cwd: string, script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runCommand(path.join(projectRoot, "node_modules", ".bin", "tsx"), [script, ...args], cwd, env);
}

/** Runs `npm run <script> -- <args>` in `cwd`, as a maintainer would (on the test clock too). */
export function runNpm(cwd: string, script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runCommand("npm", ["run", "--silent", script, "--", ...args], cwd, env);
}

function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, SITE_TODAY: testToday, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr, output: stdout + stderr }));
  });
}

/** Builds the site of project `root` into `output` with the real build script. */
export function buildSite(root: string, output: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runScript(root, "scripts/build.ts", ["--output", output, ...extraArgs], env);
}

const projectEntries = ["src", "_data", "_includes", "scripts", "eleventy.config.ts", "package.json", "tsconfig.json"];

/**
 * A temporary copy of the project (node_modules linked, not copied) that a test may break; with `folder`
 * (such as "My Sites/als-resources"), the copy is in that folder inside the temporary one.
 */
export async function copyProject(
  folder?: string,
): Promise<{ root: string; write: (file: string, text: string) => Promise<void>; remove: () => Promise<void> }> {
  const temporary = await mkdtemp(path.join(os.tmpdir(), "als-project-"));
  const root = folder ? path.join(temporary, folder) : temporary;
  for (const entry of projectEntries) {
    await cp(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  return {
    root,
    write: async (file, text) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    },
    remove: () => rm(temporary, { recursive: true, force: true }),
  };
}

export async function temporaryFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}
