/**
 * The service worker: keeps the whole site readable offline.
 *
 * - Install: precaches the app shell and every page in the build's manifest (injected by workbox-build
 *   at `self.__WB_MANIFEST`); entries carry content revisions, so an update downloads only what changed.
 * - Navigations: network first with a short timeout; if the network fails (or is slow and a saved copy
 *   exists) the saved page is served; for an address never saved, the offline page.
 * - Other same-origin files in the manifest: served from the precache (they are versioned).
 * - Pages past the install budget are saved as they are read. Error and opaque responses are never saved.
 * - A new version waits until the reader chooses to load it (the page shows a notice with a button).
 */
/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { ignoredQueryParameters, languageFolders, laterPagesCachePrefix, messages, networkTimeoutMs, offlinePagePaths, runtimePagesCache } from "./settings.ts";

type Manifest = Array<PrecacheEntry | string>;
declare const self: ServiceWorkerGlobalScope & { __PRECACHE_EN: Manifest; __PRECACHE_ES: Manifest };

/**
 * One install list per reader language, each within the install budget: the shell, then that language's
 * pages in their kinds' order, then the other language's while room is left. The page that registers the
 * worker names the reader's language (`sw.js?lang=es`), the language of the first page they opened.
 */
const manifests = { en: self.__PRECACHE_EN, es: self.__PRECACHE_ES };
const readerLanguage = new URL(self.location.href).searchParams.get("lang") === "es" ? "es" : "en";
const otherLanguage = readerLanguage === "es" ? "en" : "es";

/** The other language's list, as files not in this worker's precache: saved once the install is done. */
const laterEntries = manifests[otherLanguage].flatMap((entry) =>
  typeof entry === "string" ? [{ url: entry, revision: "" }] : [{ url: entry.url, revision: entry.revision ?? "" }],
);

/** A short hash of the later files' revisions: a new build with changed pages gets a new cache. */
function revisionsHash(): string {
  let hash = 5381;
  for (const { url, revision } of laterEntries) for (const char of url + revision) hash = ((hash << 5) + hash + char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}
const laterPagesCache = `${laterPagesCachePrefix}${otherLanguage}-${revisionsHash()}`;

/**
 * Saves the other language's pages after the reader's own are installed, so the whole site reads offline,
 * the reader's language first. Files already precached are skipped; older copies of this cache are removed.
 */
async function saveTheRest(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(laterPagesCachePrefix) && name !== laterPagesCache) await caches.delete(name);
  const cache = await caches.open(laterPagesCache);
  for (const { url } of laterEntries) {
    const address = new URL(url, self.registration.scope).href;
    if ((await matchPrecache(address)) || (await cache.match(address))) continue;
    const response = await fetch(address).catch(() => undefined);
    if (response && isCacheable(response)) await cache.put(address, response);
  }
}

/** The folder the site is served from, e.g. "/" or "/als-resources/". */
const scopePath = new URL(self.registration.scope).pathname;

/** "/drugs/tofersen" and "/drugs/tofersen/index.html" are the same page as "/drugs/tofersen/". */
function pageCandidates(url: URL): string[] {
  const path = url.pathname;
  const candidates = [path];
  if (path.endsWith("/index.html")) candidates.push(path.slice(0, -"index.html".length));
  else if (!path.endsWith("/")) candidates.push(`${path}/`);
  return candidates.map((candidate) => new URL(candidate, url.origin).href);
}

async function savedPage(url: URL): Promise<Response | undefined> {
  for (const candidate of pageCandidates(url)) {
    const precached = await matchPrecache(candidate);
    if (precached) return precached;
    const runtime = await caches.open(runtimePagesCache).then((cache) => cache.match(candidate));
    if (runtime) return runtime;
    const later = await caches.open(laterPagesCache).then((cache) => cache.match(candidate));
    if (later) return later;
  }
  return undefined;
}

function isCacheable(response: Response): boolean {
  return response.ok && response.type === "basic" && !response.redirected;
}

async function rememberPage(request: Request, response: Response): Promise<void> {
  const url = new URL(request.url);
  if (!isCacheable(response) || (await matchPrecache(url.href))) return;
  const cache = await caches.open(runtimePagesCache);
  await cache.put(url.href, response);
}

async function handleNavigation(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const url = new URL(request.url);
  const network = fetch(request);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<"slow">((resolve) => {
    timer = setTimeout(() => resolve("slow"), networkTimeoutMs);
  });

  try {
    const first = await Promise.race([network, slow]);
    if (first === "slow") {
      const saved = await savedPage(url);
      if (saved) return saved;
    }
    const response = first === "slow" ? await network : first;
    if (response.status >= 500) return (await savedPage(url)) ?? response;
    event.waitUntil(rememberPage(request, response.clone()));
    return response;
  } catch {
    const saved = await savedPage(url);
    if (saved) return saved;
    // The offline page in the language of the address that failed.
    const folder = languageFolders.find((lang) => url.pathname.startsWith(`${scopePath}${lang}/`)) ?? "en";
    const offline = await matchPrecache(new URL(`${scopePath}${offlinePagePaths[folder]}`, url.origin).href);
    return offline ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

// Navigations first: this route must win over the precache route registered below.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin,
  ({ event }) => handleNavigation(event as FetchEvent),
);

precacheAndRoute(manifests[readerLanguage], {
  ignoreURLParametersMatching: ignoredQueryParameters,
  directoryIndex: "",
  cleanURLs: false,
});
cleanupOutdatedCaches();

// The first install takes control at once, so a first visit is saved without a reload.
// Later versions wait for the reader (see the message below).
clientsClaim();

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== "object" || data === null || !("type" in data)) return;
  if (data.type === messages.skipWaiting) void self.skipWaiting();
  // waitUntil keeps the worker alive until every page is saved; the page hears back on its port.
  if (data.type === messages.saveTheRest) event.waitUntil(saveTheRest().finally(() => event.ports[0]?.postMessage("done")));
});
