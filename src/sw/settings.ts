/** Settings shared by the service worker and the build step that writes it. */

/** How long a navigation waits for the network before it serves the saved copy, when there is one. */
export const networkTimeoutMs = 4000;

/** The page shown for an address that is not saved and cannot be fetched, in each language (by the address's folder). */
export const offlinePagePath = "offline/";
export const offlinePagePaths = { en: "offline/", es: "es/offline/" } as const;
/** The languages whose pages live in their own folder (`es/…`). */
export const languageFolders = ["es"] as const;

/** Cache for the other language's pages, saved after the install (its name ends with a hash of their revisions). */
export const laterPagesCachePrefix = "als-pages-later-";

/** Cache for pages read online that did not fit in the install budget. */
export const runtimePagesCache = "als-pages-runtime";

/** Query parameters that never change what a precached file contains (`ts` is Pagefind's cache tag). */
export const ignoredQueryParameters = [/^ts$/, /^v$/, /^utm_/];

/** Messages between the pages and the service worker. */
export const messages = {
  skipWaiting: "SKIP_WAITING",
  /** From a page once the worker is active: save the other language's pages too; answered on the message's port when done. */
  saveTheRest: "SAVE_THE_REST",
} as const;
