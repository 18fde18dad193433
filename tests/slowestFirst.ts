/**
 * The order vitest starts the test files in. With two at a time, the longest files must start first, or
 * the run ends with one core idle while the last long file finishes. Vitest orders by the durations it
 * saved from the last run, but a clean clone has none (then it goes by file size, which says little here:
 * the pa11y files are four lines). So: the accessibility tests, then the browser tests, then the rest in
 * vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

const slowFolders = ["tests/a11y/", "tests/browser/"];

function rank(file: TestSpecification): number {
  const index = slowFolders.findIndex((folder) => file.moduleId.includes(`/${folder}`));
  return index === -1 ? slowFolders.length : index;
}

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest runs the projects one after another: reorder within each, keeping vitest's order within a
    // rank (Array.prototype.sort is stable).
    const projects = [...new Set(sorted.map((file) => file.project.name))];
    return projects.flatMap((name) => sorted.filter((file) => file.project.name === name).sort((a, b) => rank(a) - rank(b)));
  }
}
