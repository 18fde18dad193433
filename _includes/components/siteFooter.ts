/** The footer on every page: the medical disclaimer, offline status and the site's own pages. */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Site } from "../../src/model/schemas/site.ts";

export function siteFooter(site: Site): SafeHtml {
  return html`<footer class="site-footer">
  <div class="wrap">
    <p class="disclaimer"><strong>${site.disclaimer}</strong></p>
    <p class="offline-status" id="offline-status" role="status">Saving pages to read offline needs a browser that supports it; every page also reads without it.</p>
    <nav aria-label="About this site">
      <ul class="footer-links">
        <li><a href="/about/">About and editorial policy</a></li>
        <li><a href="/accessibility/">Accessibility</a></li>
        <li><a href="/offline/">Reading offline</a></li>
        <li><a href="/feed.xml">News feed (Atom)</a></li>
        <li><a href="/feed.json">News feed (JSON)</a></li>
      </ul>
    </nav>
    <p>Maintained by ${site.maintainer}. No ads, no tracking.</p>
  </div>
</footer>`;
}
