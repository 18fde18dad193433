/**
 * Pages that exist for the app shell or for errors, not for readers to find in a search engine: they are
 * left out of `/sitemap.xml` and carry `<meta name="robots" content="noindex">` (their templates pass
 * `noIndex: true` to the page shell). The tests that walk every sitemap page add these from here, so
 * they are still checked for accessibility, layout and offline reading.
 */
export interface UnlistedPage {
  /** The page's address, as Eleventy writes it. */
  url: string;
  /** Why it is not listed. */
  reason: string;
  /** Whether the service worker saves it at install (the 404 page is the host's, never the app's). */
  savedForOffline: boolean;
}

export const unlistedPages: readonly UnlistedPage[] = [
  { url: "/offline/", reason: "the service worker shows it for an address that was never saved", savedForOffline: true },
  { url: "/404.html", reason: "hosts show it for an unknown address", savedForOffline: false },
];

const unlistedUrls = new Set(unlistedPages.map((page) => page.url));

export function isUnlistedPage(url: string): boolean {
  return unlistedUrls.has(url);
}
