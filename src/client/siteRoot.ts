/**
 * The site's root URL as the browser sees it ("/" or "/als-resources/" under a path prefix),
 * read from the stylesheet link every page has, so scripts need no build-time configuration.
 */
export function siteRoot(): URL {
  const stylesheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href*="assets/site.css"]');
  return stylesheet ? new URL("../", stylesheet.href) : new URL("/", location.href);
}
