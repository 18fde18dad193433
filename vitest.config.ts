import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Builds and browsers need the machine's two cores: run test files one after another.
    fileParallelism: false,
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
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"], isolate: false, fileParallelism: true },
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
