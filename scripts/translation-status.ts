/**
 * `npm run translation-status`: every translation and whether it is current, outdated (its English entry
 * changed since it was translated), unstamped (`translatedFrom: "new"`) or missing, like MDN's
 * translated-content and its `sourceCommit`:
 *
 *   es  outdated  _data/es/drugs/tofersen.ts  (from _data/drugs/tofersen.ts)
 *
 * `--mark-current <file>` (one or more) records in each translation that it now matches its English entry:
 * run it once you have brought the translation up to date. `--mark-new` does the same for every
 * translation still marked "new".
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkContent } from "../src/model/checks/checkContent.ts";
import { formatProblem } from "../src/model/checks/problems.ts";
import type { TranslationEntry } from "../src/model/checks/translations.ts";
import { isMainModule, parseCliArguments, runCli } from "./cli.ts";

/** Writes the current hash into a translation's `translatedFrom` (a TypeScript field or a front matter line). */
export async function markCurrent(root: string, entry: TranslationEntry): Promise<void> {
  const file = path.join(root, entry.file);
  const source = await readFile(file, "utf8");
  const updated = entry.file.endsWith(".md")
    ? // Quoted: YAML would read a hash of digits only ("123456789012", or "12e456789012") as a number.
      source.replace(/^translatedFrom:.*$/m, `translatedFrom: "${entry.currentHash}"`)
    : source.replace(/translatedFrom:\s*"[^"]*"/, `translatedFrom: "${entry.currentHash}"`);
  if (updated === source && !source.includes(entry.currentHash))
    throw new Error(`${entry.file}: no translatedFrom line to update (expected translatedFrom: "…")`);
  await writeFile(file, updated);
}

export async function translationStatus(root: string, args: string[]): Promise<string[]> {
  const { values, positionals } = parseCliArguments(
    args,
    { "mark-current": { type: "boolean" }, "mark-new": { type: "boolean" } },
    "--mark-current <file>…, or --mark-new",
    true,
  );
  const content = await checkContent(root, [], { allowTodos: true });
  if (content.problems.length > 0) return ["Fix these first:", ...content.problems.map(formatProblem)];
  const lines: string[] = [];
  const wanted = new Set(positionals.map((file) => path.relative(root, path.resolve(root, file))));
  for (const entry of content.translations) {
    const mark = (values["mark-current"] && wanted.has(entry.file)) || (values["mark-new"] && entry.status === "unstamped");
    if (mark && entry.status !== "missing") {
      await markCurrent(root, entry);
      lines.push(`${entry.lang}  marked current  ${entry.file}`);
      wanted.delete(entry.file);
      continue;
    }
    lines.push(
      `${entry.lang}  ${entry.status.padEnd(9)} ${entry.file}  (from ${entry.english})${entry.numbersDiffer.length > 0 ? `; numbers differ in ${entry.numbersDiffer.join(", ")}` : ""}`,
    );
  }
  for (const file of wanted) lines.push(`${file}: not a translation this site knows (expected a file in _data/es/ or src/posts/es/)`);
  const counts = new Map<string, number>();
  for (const entry of content.translations) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  lines.push("", [...counts].map(([status, count]) => `${count} ${status}`).join(", "));
  return lines;
}

if (isMainModule(import.meta.url)) {
  void runCli(async () => {
    for (const line of await translationStatus(process.cwd(), process.argv.slice(2))) console.log(line);
  });
}
