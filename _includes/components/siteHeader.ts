/**
 * The header on every page: the site name, the main sections (the current one marked with
 * `aria-current`) and the reader preferences. It is not sticky: nothing can hide a focused element.
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { readerPreferences } from "./readerPreferences.ts";

export const mainSections = [
  { title: "Treatments", url: "/drugs/" },
  { title: "Programs", url: "/programs/" },
  { title: "News", url: "/posts/" },
  { title: "Glossary", url: "/glossary/" },
  { title: "About", url: "/about/" },
  { title: "Search", url: "/search/" },
] as const;

function isCurrentSection(pageUrl: string, sectionUrl: string): boolean {
  if (sectionUrl === "/posts/") return pageUrl.startsWith("/posts/") || pageUrl.startsWith("/tags/");
  return pageUrl.startsWith(sectionUrl);
}

export function siteHeader(siteTitle: string, pageUrl: string): SafeHtml {
  return html`<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-name" href="/"${pageUrl === "/" ? html` aria-current="page"` : ""}>${siteTitle}</a>
    <nav class="site-nav" aria-label="Main">
      <ul>${mainSections.map(
        (section) =>
          html`<li><a href="${section.url}"${isCurrentSection(pageUrl, section.url) ? html` aria-current="${pageUrl === section.url ? "page" : "true"}"` : ""}>${section.title}</a></li>`,
      )}</ul>
    </nav>
    ${readerPreferences()}
  </div>
  <div class="update-notice wrap" id="update-notice" aria-live="polite"></div>
</header>`;
}
