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

/** "/drugs/tofersen/" -> "https://example.org/als-resources/drugs/tofersen/" */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = new URL(pathPrefix(), siteUrl);
  return new URL(path.replace(/^\//, ""), base).href;
}
