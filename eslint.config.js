// ESLint: typescript-eslint's type-checked recommended rules on every TypeScript file, each file checked
// against its own tsconfig (the project service finds the nearest one: src/sw/ has its own, for the
// service worker's WebWorker types). eslint-config-prettier comes last and turns off every rule that
// is about layout, so ESLint never disagrees with Prettier. Run with `npm run lint`.
import eslint from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  // Generated output: builds (and their temporary folders), caches, Pagefind's index inside _site/.
  globalIgnores(["_site/", ".site-build-*/", ".cache/", "node_modules/", "**/pagefind/"]),
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    // A disable comment that no longer disables anything fails the lint, so none outlives its reason.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The few JavaScript files (this config, .puppeteerrc.cjs) are in no tsconfig: no type information.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // .puppeteerrc.cjs is loaded by Puppeteer as CommonJS, where require() is how modules are imported.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
