/**
 * On /offline/: replaces the static list of sections with every page actually saved on this device,
 * read from the service worker's caches, with titles from the build's page index.
 */
import { siteRoot } from "./siteRoot.ts";
import { clientText, pageLanguage } from "./strings.ts";

interface PageIndexEntry {
  url: string;
  title: string;
  section: string;
  lang: string;
}

async function savedUrls(): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      url.search = "";
      urls.add(url.pathname);
    }
  }
  return urls;
}

export async function listSavedPages(): Promise<void> {
  const list = document.getElementById("offline-pages");
  if (!list || !("caches" in window)) return;
  const root = siteRoot();
  const response = await caches.match(new URL("offline-index.json", root).href, { ignoreSearch: true });
  if (!response) return;
  const index = (await response.json()) as PageIndexEntry[];
  const saved = await savedUrls();
  const lang = pageLanguage();
  const pages = index.filter((page) => page.lang === lang && saved.has(new URL(page.url.replace(/^\//, ""), root).pathname));
  if (pages.length === 0) return;
  const items = pages.map((page) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = new URL(page.url.replace(/^\//, ""), root).href;
    link.textContent = page.title;
    item.append(link, ` (${page.section})`);
    return item;
  });
  list.replaceChildren(...items);
  const intro = document.getElementById("offline-pages-intro");
  if (intro) intro.textContent = clientText().savedPages(pages.length);
}
