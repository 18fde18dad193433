/**
 * Reading a post's front matter (src/model/checks/frontMatter.ts): the YAML rules, and the line a mistake is reported on.
 */
import { describe, expect, it } from "vitest";
import { describeYamlError, parsePost } from "../../../../src/model/checks/frontMatter.ts";

/** The message for a post's front matter, or undefined if it reads. */
function yamlProblem(source: string): string | undefined {
  try {
    parsePost(source);
    return undefined;
  } catch (error) {
    return describeYamlError(error);
  }
}

describe("front matter", () => {
  it("keeps a date as the text written, so an impossible one can be reported", () => {
    expect(parsePost('---\ntitle: "T"\ndate: 2024-13-40\n---\nBody\n').data).toEqual({ title: "T", date: "2024-13-40" });
  });

  it("names the line of the file a YAML mistake is on, counting the opening --- as line 1", () => {
    expect(yamlProblem('---\ntitle: "T"\nsummary: a: b: c\ndate: "2024-01-01"\n---\nBody\n')).toMatch(/^is not valid YAML at line 3, column 11:/);
    expect(yamlProblem("---\nsummary: a: b: c\n---\nBody\n")).toMatch(/^is not valid YAML at line 2, column 11:/);
  });
});
