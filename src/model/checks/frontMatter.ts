/**
 * Reads a markdown post's front matter the way the build does: YAML with the core schema, so
 * `date: 2024-13-40` stays the text the maintainer wrote (the default schema would quietly turn
 * it into 9 February 2025) and can be reported as an impossible date.
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";

export function parseYaml(source: string): object {
  const data = load(source, { schema: CORE_SCHEMA });
  return data === null || data === undefined ? {} : data;
}

export const frontMatterOptions = { engines: { yaml: parseYaml } } as const;

export interface ParsedPost {
  data: Record<string, unknown>;
  body: string;
}

/** Returns the front matter and body, or throws js-yaml's error (with line and column) for malformed YAML. */
export function parsePost(source: string): ParsedPost {
  // gray-matter caches by content; pass a fresh options object so our YAML engine is always used.
  const parsed = matter(source, { ...frontMatterOptions });
  return { data: parsed.data, body: parsed.content };
}

/** Describes a YAML error in words a maintainer can act on. */
export function describeYamlError(error: unknown): string {
  if (error instanceof YAMLException) {
    // js-yaml counts from 0, from the rest of the opening `---` line: its line 0 is the file's line 1.
    const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : "";
    return `is not valid YAML${where}: ${error.reason} (expected "key: value" lines between the two --- lines; put text containing ":" in quotes)`;
  }
  return `could not be read: ${String(error)}`;
}
