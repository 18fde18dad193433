import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    globalSetup: ["tests/globalSetup.ts"],
    // Builds and browsers need the machine's two cores: run test files one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    // The JSON report lets .ci/run print a one-line "N passed, N failed" summary.
    reporters: ["default", ["json", { outputFile: ".cache/vitest-results.json" }]],
    hookTimeout: 180_000,
  },
});
