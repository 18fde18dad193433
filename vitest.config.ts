import { defineConfig } from "vitest/config";
import { SlowestFirst } from "./tests/slowestFirst.ts";

export default defineConfig({
  test: {
    // Two test files at a time: most of a test's time is a child process (a build, a browser, pa11y-ci)
    // that keeps one core busy, so two files fill the machine's two cores. The slowest files start first.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    testTimeout: 120_000,
    // The JSON report lets .ci/run print a one-line "N passed, N failed" summary.
    reporters: ["default", ["json", { outputFile: ".cache/vitest-results.json" }]],
    hookTimeout: 180_000,
    // Two projects, so unit tests never wait for a build: `npm run test:unit` runs "unit" alone, with no
    // global setup; "site" (build, browser, accessibility and publishing tests) shares one production
    // build of the real site, made once by tests/globalSetup.ts. `npm test` runs both, each file once.
    projects: [
      {
        extends: true,
        // Unit tests are pure functions on small inputs: they share one module cache (isolate: false), so
        // a heavy library such as html-validate loads once, not once per file.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/unit/**"],
          globalSetup: ["tests/globalSetup.ts"],
        },
      },
    ],
  },
});
