/**
 * The page shell every page shares: head metadata (title, description, canonical, Open Graph, feeds,
 * security policy, structured data), skip link, header, breadcrumbs, main content and footer.
 * Pages call `renderPage` with their own content; nothing here needs JavaScript to be read.
 * Accessibility: the skip link is the first focusable element and targets `<main id="main">` (focusable by
 * script only, so the skip lands there); landmarks are banner, navigation, main and contentinfo; the only
 * `<h1>` comes from the page body. The print-only line gives a printed handout the page's address.
 */
import { html, raw, type SafeHtml } from "../../src/helpers/html.ts";
import type { Breadcrumb, SiteData } from "../../src/model/pageData.ts";
import { absoluteUrl } from "../../src/model/siteUrls.ts";
import { pageKindOf, pageSettings, searchFilters } from "../../src/model/pageKinds.ts";
import { contentSecurityPolicy } from "../../src/helpers/security.ts";
import { languageCodes, languageOfUrl, languages, localizedUrl, unlocalizedUrl } from "../../src/model/languages.ts";
import type { TemplateContext } from "../../src/model/eleventy.ts";
import { strings } from "../../src/model/strings/index.ts";
import { breadcrumbs } from "../components/breadcrumbs.ts";
import { languageSwitch, type LanguageVersion } from "../components/languageSwitch.ts";
import { siteFooter } from "../components/siteFooter.ts";
import { siteHeader } from "../components/siteHeader.ts";

export interface PageOptions {
  description: string;
  /** The path from Home to this page, not counting Home itself; empty on the home page. */
  trail: Breadcrumb[];
  body: SafeHtml;
  /** schema.org data for this page, embedded as JSON-LD. */
  structuredData?: object;
  ogType?: "website" | "article";
  /** Set on pages such as 404 that have no canonical address of their own. */
  noCanonical?: boolean;
  /**
   * Search filters besides the page kind's `type` (e.g. `{ status: "approved" }`). Whether the page is
   * searched at all, and its type, come from its kind (`src/model/pageKinds.ts`).
   */
  searchFilters?: Record<string, string>;
}

/** Pagefind indexes only the main content (never navigation or footer). */
function searchAttributes(filters: Record<string, string> | false): SafeHtml {
  return filters === false ? html`` : html` data-pagefind-body`;
}

/** One empty element per search filter: Pagefind reads one `name:value` per attribute. */
function searchFilterElements(filters: Record<string, string> | false): SafeHtml {
  if (filters === false) return html``;
  return html`${Object.entries(filters).map(([name, value]) => html`<span data-pagefind-filter="${name}:${value}"></span>`)}`;
}

/** JSON-LD is embedded in a <script> element, so `<` must never close it early. */
export function jsonLd(data: object): SafeHtml {
  return raw(`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>`);
}

/**
 * The same page in every language, from `locale_links` (src/_config/plugins/languageVersions.ts, which
 * pairs the files in `en/` and `es/` folders). A page with no translation points readers to its section's
 * index in the other language instead (`translated: false`), and has no `hreflang` alternates.
 */
export function languageVersions(context: TemplateContext, url: string, trail: Breadcrumb[]): LanguageVersion[] {
  const lang = languageOfUrl(url);
  const found = new Map(context.locale_links(url).map((link) => [link.lang, link.url]));
  const section = unlocalizedUrl(trail[0]?.url ?? "/");
  return languageCodes.map((other) => {
    if (other === lang) return { lang, url, translated: true };
    const match = found.get(other);
    return match ? { lang: other, url: match, translated: true } : { lang: other, url: localizedUrl(section, other), translated: false };
  });
}

/** `hreflang` alternates: every language this page exists in, itself included, and English as the default. */
function alternateLinks(siteUrl: string, versions: LanguageVersion[]): SafeHtml {
  const translated = versions.filter((version) => version.translated);
  if (translated.length < 2) return html``;
  const english = translated.find((version) => version.lang === "en");
  return html`${translated.map(
    (version) => html`<link rel="alternate" hreflang="${version.lang}" href="${absoluteUrl(siteUrl, version.url)}">
`,
  )}${english ? html`<link rel="alternate" hreflang="x-default" href="${absoluteUrl(siteUrl, english.url)}">` : ""}`;
}

/**
 * The page's title comes from its data (`title`), its search filters and sitemap listing from its kind,
 * its language from its address (`/es/…` is Spanish).
 */
export function renderPage(context: TemplateContext, data: SiteData, options: PageOptions): string {
  const { site, page, title } = data;
  const lang = languageOfUrl(page.url);
  const t = strings(lang);
  const kind = pageKindOf(data.pageKind, page.url);
  const settings = pageSettings(kind, page.url);
  const filters = searchFilters(kind, page.url, options.searchFilters);
  const isHome = unlocalizedUrl(page.url) === "/";
  const fullTitle = isHome ? site.title : `${title} | ${site.title}`;
  const canonical = absoluteUrl(site.url, page.url);
  const versions = languageVersions(context, page.url, options.trail);
  const feed = localizedUrl("/feed", lang);
  return `<!doctype html>
${
  html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<title>${fullTitle}</title>
<meta name="description" content="${options.description}">
${settings.sitemap === false ? html`<meta name="robots" content="noindex">` : ""}
${options.noCanonical ? "" : html`<link rel="canonical" href="${canonical}">`}
<meta property="og:type" content="${options.ogType ?? "website"}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${options.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${languages[lang].ogLocale}">
${options.noCanonical ? "" : alternateLinks(site.url, versions)}
<meta name="theme-color" content="${site.themeColor}">
<link rel="stylesheet" href="/assets/site.css">
<link rel="icon" href="/assets/icons/icon.svg" type="image/svg+xml">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="alternate" type="application/atom+xml" href="${feed}.xml" title="${t.shell.atomFeed(site.title)}">
<link rel="alternate" type="application/feed+json" href="${feed}.json" title="${t.shell.jsonFeed(site.title)}">
<script src="/assets/site.js" type="module"></script>
${options.structuredData ? jsonLd(options.structuredData) : ""}
</head>
<body>
<a class="skip-link" href="#main">${t.shell.skipLink}</a>
${siteHeader(site.title, page.url, languageSwitch(versions, lang))}
<div class="wrap">
${options.noCanonical ? "" : html`<p class="print-only">${t.shell.printedFrom(site.title, canonical)}</p>`}
${breadcrumbs(options.trail, lang)}
<main id="main" tabindex="-1"${searchAttributes(filters)}>
${searchFilterElements(filters)}
${options.body}
</main>
</div>
${siteFooter(site, lang)}
</body>
</html>`.value
}
`;
}
