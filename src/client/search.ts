/**
 * The search page (only /search/ loads this script). Uses Pagefind's JS API with our own accessible
 * markup: a labelled field, native filter controls, and a polite live region that announces how many
 * results there are. Searching happens on submit or when a filter changes, never while typing, so
 * nothing pops up or moves focus. The query is kept in the address (`?q=`), so results can be shared
 * and the back button works.
 */
import { siteRoot } from "./siteRoot.ts";
import { clientText } from "./strings.ts";

declare const __SEARCH_INDEX_VERSION__: string;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const maxResults = 20;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ new URL("pagefind/pagefind.js", siteRoot()).href)) as Pagefind;
    // A stable cache tag per index version: the index's address stays the same, so the copy saved
    // for offline reading is found, and a new index gets a new address.
    await pagefind.options({ metaCacheTag: __SEARCH_INDEX_VERSION__, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the search page`);
  return found as T;
}

/** A text field's value, or "" when it is missing or a file (the search form has no file fields). */
function textField(values: FormData, name: string): string {
  const value = values.get(name);
  return typeof value === "string" ? value : "";
}

function selectedFilters(form: HTMLFormElement): Record<string, string> {
  const values = new FormData(form);
  const filters: Record<string, string> = {};
  const type = textField(values, "type");
  const status = textField(values, "status");
  if (type) filters.type = type;
  if (status) {
    filters.status = status;
    filters.type = "drug";
  }
  return filters;
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  // Pagefind's excerpt is text from our own pages with the matches wrapped in <mark>.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  return item;
}

async function runSearch(form: HTMLFormElement, updateAddress: boolean): Promise<void> {
  const announcement = element<HTMLParagraphElement>("search-announcement");
  const list = element<HTMLOListElement>("search-results");
  const query = textField(new FormData(form), "q").trim();
  const filters = selectedFilters(form);
  if (updateAddress) {
    const address = new URL(location.href);
    address.search = query ? `?q=${encodeURIComponent(query)}` : "";
    history.replaceState(null, "", address);
  }
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    announcement.textContent = "";
    return;
  }
  const text = clientText();
  announcement.textContent = text.searching;
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(query || null, { filters });
    const results = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    const count = search.results.length;
    announcement.textContent = text.results(count, query, maxResults);
  } catch {
    list.replaceChildren();
    announcement.textContent = text.searchFailed;
  }
}

function initSearch(): void {
  const form = element<HTMLFormElement>("search-form");
  element("search-fallback").hidden = true;
  element("search-app").hidden = false;
  const input = element<HTMLInputElement>("search-input");
  input.value = new URL(location.href).searchParams.get("q") ?? "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void runSearch(form, true);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) void runSearch(form, false);
  });
  if (input.value) void runSearch(form, false);
}

initSearch();
