/**
 * The checks every text of a content file gets, whichever file it is in (a drug, a program, a translation):
 * the body checks (the safe-HTML allow-list, since data texts are rendered as markdown) and TODO notes.
 */
import { todoPattern } from "./todo.ts";
import type { ContentProblem } from "./problems.ts";

/** Extra checks on a post's markdown body (the safe-HTML allow-list plugs in here). */
export type BodyCheck = (file: string, body: string) => ContentProblem[];

/** Every text in a data value, with its field path ("sources.0.title"); derived keys (slug, id) are left out. */
export function textFields(value: unknown, field: string[] = []): Array<[string, string]> {
  if (typeof value === "string") return [[field.length > 0 ? field.join(".") : "(whole file)", value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...field, String(index)]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => (key === "slug" || key === "id" ? [] : textFields(item, [...field, key])));
  }
  return [];
}

/** A TODO note left in a text; `expected` says what belongs there instead. */
export function todoProblem(file: string, field: string, text: string, expected = "your own words, from the sources"): ContentProblem {
  const at = text.search(todoPattern);
  const excerpt = text.slice(at, at + 60).split("\n")[0]!;
  return { file, field, message: `still says "${excerpt}" (expected ${expected}; replace the TODO note)` };
}

/** Runs the body checks on every text field of a data value and finds TODO notes (unless `allowTodos`). */
export function dataTextProblems(file: string, value: unknown, bodyChecks: BodyCheck[], allowTodos: boolean, expected?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [field, text] of textFields(value)) {
    for (const check of bodyChecks) problems.push(...check(file, text).map((problem) => ({ ...problem, field })));
    if (!allowTodos && todoPattern.test(text)) problems.push(todoProblem(file, field, text, expected));
  }
  return problems;
}
