/**
 * `/accessibility/`: the accessibility statement: the standard met, how it is tested and the result, known
 * limitations and how to report a problem. What it says about testing must match tests/a11y/ (see the
 * README, "Accessibility checks"); change both together.
 */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { permalink: pageUrl("page", "accessibility"), title: "Accessibility statement" };

/** When a person last went through the statement and the manual checks below. */
const lastReviewed = "2026-11-21";

export default function render(data: SiteData): string {
  const body = html`<h1>Accessibility statement</h1>
<p class="lead">Many of our readers live with ALS and use eye-gaze trackers, switches, head pointers, voice control, screen readers or magnifiers. Accessibility is the point of this site, not an extra, so we test it on every page, every time the site changes.</p>

<h2 id="standard">The standard we meet</h2>
<p>Every page meets the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We also meet these level AAA rules, because our readers need them:</p>
<ul>
<li>Color contrast of at least 7 to 1 for text, and 4.5 to 1 for large text, in the light, dark and high-contrast colors.</li>
<li>Links and buttons of at least 44 by 44 pixels, apart from links inside a sentence.</li>
<li>A focus indicator (the outline that shows where you are when you use a keyboard or switch) at least 2 pixels thick, with a contrast of at least 3 to 1.</li>
<li>No time limits, and nothing that moves, flashes or plays on its own.</li>
</ul>

<h2 id="how-to-use">Using this site</h2>
<ul>
<li>Every page works with a keyboard or a switch alone. The first thing on each page is a "Skip to main content" link, and the order you move through a page is the order you read it.</li>
<li>Every action takes a single click, tap or key press. Nothing needs dragging, hovering or a double click, so dwell clicking with eye gaze or a head pointer works everywhere.</li>
<li>"Text size and colors", at the top of every page, lets you choose larger text, wider line spacing and light, dark or high-contrast colors. Each choice is an ordinary option button with a visible name, so you can also say it with voice control, for example "click Larger". Your choice is kept in this browser only.</li>
<li>Without JavaScript, or before you choose, pages follow your device's own settings: dark mode, more contrast, reduced motion, Windows high contrast and your browser's text size.</li>
<li>Text can be made twice as large, and pages zoomed to 400%, without anything being cut off or the page scrolling sideways.</li>
<li>Medical words link to their plain-language meaning in the <a href="/glossary/">glossary</a> the first time they appear on a page. Abbreviations such as ALS are marked up so screen readers can give their full name.</li>
<li>Treatment pages print as a clean handout for a visit to your care team: without menus, with the addresses of links written out, and with the questions to ask kept together on one page.</li>
<li>Pages read fully without JavaScript, and every page can be read offline after your first visit.</li>
</ul>

<h2 id="testing">How we test</h2>
<p>These checks run automatically on every page of the site (including the "page not found" and offline pages) each time the site changes, before the change is published. Each check must find zero errors, or nothing is published.</p>
<ul>
<li><strong>pa11y-ci</strong> with two independent test engines, <strong>axe-core</strong> and <strong>HTML_CodeSniffer</strong>, against WCAG 2 level AA in a desktop-sized window, with HTML_CodeSniffer also checking AAA color contrast.</li>
<li><strong>axe-core</strong> again in a phone-sized window (320 pixels wide, the same as 400% zoom), for the WCAG 2.2 target size rule and AAA color contrast.</li>
<li><strong>Measurements in the Chromium browser</strong>, 320 and 1280 pixels wide: the page never scrolls sideways (also with the largest text and widest spacing, and with text at 200%); links and buttons that are not inside a sentence are at least 44 by 44 pixels; pressing Tab visits every link and control in reading order, each one shows a focus outline of at least 2 pixels and 3 to 1 contrast, and none is hidden behind anything.</li>
<li><strong>Color contrast in every color setting</strong>: axe-core checks AAA contrast with the device set to dark and to more contrast, on one page of each kind, and we check that the color choices in "Text size and colors" give exactly the same colors.</li>
</ul>
<p>We also checked by hand, with a keyboard in Chromium: the skip link moves to the main content; "Text size and colors" opens with Enter or Space; the arrow keys change each choice at once; choices are kept when you move to another page; the reset button works; without JavaScript the settings are not shown and dark mode follows the device. We looked at pages in the light, dark and high-contrast colors, in forced colors (the mode Windows high contrast uses, as Chromium imitates it), at 320 pixels wide with the largest text and widest spacing, and in print preview.</p>

<h2 id="result">Result</h2>
<p>Every page passes every check above with zero errors. Automated tools find many problems, but not all of them, so we also rely on the manual checks and on what you tell us.</p>
<p>This statement was last reviewed on <time datetime="${lastReviewed}">21 November 2026</time>.</p>

<h2 id="limitations">Known limitations</h2>
<ul>
<li>We have not yet tested the site with people using screen readers (such as NVDA, JAWS, VoiceOver or TalkBack), voice control (such as Dragon or Voice Control), eye-gaze systems or switch hardware. If you use one, we would like to hear how it goes.</li>
<li>Links inside a sentence, such as glossary words and topic names, are the size of the text around them, not 44 by 44 pixels. WCAG allows this; choose larger text if they are hard to hit.</li>
<li>Only the first use of each medical word on a page links to the glossary.</li>
<li>"Text size and colors" and search need JavaScript. Without it, your device and browser settings still apply, and the search page lists every section instead.</li>
<li>Your choices in "Text size and colors" are saved in one browser on one device; they do not follow you to another device.</li>
<li>Pages on other websites that we link to as sources are not ours, and may be less accessible.</li>
</ul>

<h2 id="report">Report a problem</h2>
<p>If something on this site is hard to use, please tell us: ${data.site.contact}. Say which page, what you were trying to do and what assistive technology you use, if any. We treat accessibility problems as bugs and fix them like any other.</p>`;
  return renderPage(data, {
    description: "How ALS Resources meets WCAG 2.2 AA and AAA contrast, how it is tested, the result, known limitations and how to report a problem.",
    trail: [{ title: "Accessibility", url: "/accessibility/" }],
    body,
  });
}
