/**
 * URLs that must be absolute (canonical links, Open Graph, JSON-LD, feeds, sitemap) are built here.
 * Root-relative links in pages need nothing: Eleventy's HTML base plugin adds the path prefix.
 */

/** The path prefix the site is served under, e.g. "/als-resources/" on GitHub Pages; "/" by default. */
export function pathPrefix(): string {
  const prefix = process.env.PATH_PREFIX ?? "/";
  const trimmed = prefix.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The site's address under its prefix, parsed once: the feeds and the sitemap ask for every post's address. */
let base: { siteUrl: string; prefix: string; url: URL } | undefined;

/** "/drugs/tofersen/" -> "https://example.org/als-resources/drugs/tofersen/" */
export function absoluteUrl(siteUrl: string, path: string): string {
  const prefix = pathPrefix();
  if (base?.siteUrl !== siteUrl || base.prefix !== prefix) base = { siteUrl, prefix, url: new URL(prefix, siteUrl) };
  return new URL(path.replace(/^\//, ""), base.url).href;
}
