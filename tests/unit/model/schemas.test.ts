import { describe, expect, it } from "vitest";
import { postFrontMatterSchema } from "../../../src/model/schemas/post.ts";
import { problemsFromZod } from "../../../src/model/checks/problems.ts";

function problems(data: unknown): string[] {
  const result = postFrontMatterSchema.safeParse(data, { reportInput: true });
  return result.success ? [] : problemsFromZod("post.md", result.error).map((p) => `${p.field}: ${p.message}`);
}

describe("post front matter schema", () => {
  it("accepts a valid post", () => {
    expect(problems({ title: "T", date: "2024-02-29", summary: "S", tags: ["a"], draft: false })).toEqual([]);
  });
  it("names each bad field with what was found and expected", () => {
    expect(problems({ date: "2023-02-29", summary: "S", titel: "x" })).toEqual([
      expect.stringMatching(/^title: is missing \(expected a title/),
      'date: "2023-02-29" is not a date (expected YYYY-MM-DD)',
      expect.stringMatching(/^titel: "titel" is not a known field .*\(expected only: title, date, summary, tags, basedOn, changes, draft\)$/),
    ]);
  });
});
