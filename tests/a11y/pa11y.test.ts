/**
 * pa11y-ci over every page, in its two passes (tests/helpers/pa11y.ts): WCAG 2 AA with axe and
 * HTML_CodeSniffer at 1280 px, and WCAG 2.2 target size and AAA contrast with axe at 320 px. The passes run
 * at the same time: pa11y-ci spends much of each page waiting for the network to go quiet, so two passes
 * in one test file leave the other test file's core free.
 */
import { describe } from "vitest";
import { describePa11yPass, passes } from "../helpers/pa11y.ts";

describe.concurrent("pa11y-ci", () => {
  describePa11yPass(passes.wcagAA);
  describePa11yPass(passes.targetSizeAndContrast);
});
