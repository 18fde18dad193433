/** pa11y-ci pass 2 of 2: WCAG 2.2 target size and AAA contrast with axe at 320 px (see tests/helpers/pa11y.ts). */
import { describePa11yPass, passes } from "../helpers/pa11y.ts";

describePa11yPass(passes.targetSizeAndContrast);
