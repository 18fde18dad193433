/**
 * The header on every page: the language switch, the site name, the main sections (the current one marked
 * with `aria-current`) and the reader preferences. It is not sticky: nothing can hide a focused element.
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import { languageOfUrl, localizedUrl, unlocalizedUrl, type Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";
import { readerPreferences } from "./readerPreferences.ts";

/** The main sections, by their English address; each language shows them at its own. */
const sectionUrls = [
  { key: "drugs", url: "/drugs/" },
  { key: "programs", url: "/programs/" },
  { key: "posts", url: "/posts/" },
  { key: "glossary", url: "/glossary/" },
  { key: "about", url: "/about/" },
  { key: "search", url: "/search/" },
] as const;

/** The main sections in a language: their titles and addresses. */
export function mainSections(lang: Lang): Array<{ title: string; url: string; englishUrl: string }> {
  const titles = strings(lang).sections;
  return sectionUrls.map((section) => ({ title: titles[section.key], url: localizedUrl(section.url, lang), englishUrl: section.url }));
}

function isCurrentSection(pageUrl: string, sectionUrl: string): boolean {
  if (sectionUrl === "/posts/") return pageUrl.startsWith("/posts/") || pageUrl.startsWith("/tags/");
  return pageUrl.startsWith(sectionUrl);
}

export function siteHeader(siteTitle: string, pageUrl: string, languageSwitch: SafeHtml = html``): SafeHtml {
  const lang = languageOfUrl(pageUrl);
  const englishUrl = unlocalizedUrl(pageUrl);
  const home = localizedUrl("/", lang);
  return html`<header class="site-header">
  <div class="wrap header-inner">
    ${languageSwitch}
    <a class="site-name" href="${home}"${pageUrl === home ? html` aria-current="page"` : ""}>${lang === "en" ? siteTitle : html`<span lang="en">${siteTitle}</span>`}</a>
    <nav class="site-nav" aria-label="${strings(lang).shell.mainNav}">
      <ul>${mainSections(lang).map(
        (section) =>
          html`<li><a href="${section.url}"${isCurrentSection(englishUrl, section.englishUrl) ? html` aria-current="${englishUrl === section.englishUrl ? "page" : "true"}"` : ""}>${section.title}</a></li>`,
      )}</ul>
    </nav>
    ${readerPreferences(lang)}
  </div>
  <div class="update-notice wrap" id="update-notice" aria-live="polite"></div>
</header>`;
}
