/**
 * A content problem is one line a maintainer can act on: the file, the field, what was found and
 * what was expected. Every check (schemas, URLs, unsafe HTML, review dates) reports in this shape.
 */
import type { z } from "zod";

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown to stop a build; its message is the problems, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? "" : "s"} (fix each, then build again):\n` + problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}

/** Turns zod's issues into problems; `prefix` is the path of the value inside the file, if any. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: (string | number)[] = []): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String);
    const field = path.length > 0 ? path.join(".") : "(whole file)";
    if (issue.code === "unrecognized_keys") {
      // Name each unknown key as the field itself, so `titel:` is reported as `titel`.
      const where = path.length > 0 ? `${path.join(".")}.` : "";
      return { file, field: issue.keys.map((key) => `${where}${key}`).join(", "), message: issue.message };
    }
    return { file, field, message: issue.message };
  });
}
