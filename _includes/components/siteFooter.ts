/** The footer on every page: the medical disclaimer, offline status and the site's own pages. */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Site } from "../../src/model/schemas/site.ts";
import { localizedUrl, type Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import { siteText } from "./siteText.ts";

export function siteFooter(site: Site, lang: Lang = "en"): SafeHtml {
  const t = strings(lang).footer;
  const text = siteText(site, lang);
  const link = (url: string) => localizedUrl(url, lang);
  return html`<footer class="site-footer">
  <div class="wrap">
    <p class="disclaimer"><strong>${text.disclaimer}</strong></p>
    <p class="offline-status" id="offline-status" role="status">${t.offlineStatus}</p>
    <nav aria-label="${t.nav}">
      <ul class="footer-links">
        <li><a href="${link("/about/")}">${t.about}</a></li>
        <li><a href="${link("/accessibility/")}">${t.accessibility}</a></li>
        <li><a href="${link("/offline/")}">${t.offline}</a></li>
        <li><a href="${link("/feed.xml")}">${t.atom}</a></li>
        <li><a href="${link("/feed.json")}">${t.json}</a></li>
      </ul>
    </nav>
    <p>${t.maintained(text.maintainer)}</p>
  </div>
</footer>`;
}
