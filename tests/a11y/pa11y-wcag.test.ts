/** pa11y-ci pass 1 of 2: WCAG 2 AA with axe and HTML_CodeSniffer at 1280 px (see tests/helpers/pa11y.ts). */
import { describePa11yPass, passes } from "../helpers/pa11y.ts";

describePa11yPass(passes.wcagAA);
