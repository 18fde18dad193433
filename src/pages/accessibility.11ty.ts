/** `/accessibility/`: the accessibility statement. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { permalink: "/accessibility/" };

export default function render(data: SiteData): string {
  const body = html`<h1>Accessibility statement</h1>
<p class="lead">Many of our readers live with ALS and use eye-gaze trackers, switches, head pointers, voice control, screen readers or magnifiers. Accessibility is the point of this site, not an extra.</p>

<h2 id="standard">The standard we meet</h2>
<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA on every page, and level AAA for colour contrast.</p>

<h2 id="how-to-use">Using this site</h2>
<ul>
<li>Every page works with a keyboard alone. The first thing on each page is a "Skip to main content" link.</li>
<li>Links and buttons are large (at least 44 by 44 pixels), so they are easy to hit with a head pointer, eye gaze or a shaky hand.</li>
<li>Nothing moves, plays or times out on its own. Every action takes a single click or key press.</li>
<li>You can make text larger, space lines out and choose a light, dark or high-contrast theme.</li>
<li>Pages read fully without JavaScript, and every page can be read offline after your first visit.</li>
</ul>

<h2 id="report">Report a problem</h2>
<p>If something on this site is hard to use, please tell us: ${data.site.contact}. Say which page, what you were trying to do and what assistive technology you use, if any.</p>`;
  return renderPage(data, {
    title: "Accessibility statement",
    description: "How ALS Resources meets WCAG 2.2 AA, how it is tested, its known limitations and how to report a problem.",
    trail: [{ title: "Accessibility", url: "/accessibility/" }],
    body,
  });
}
