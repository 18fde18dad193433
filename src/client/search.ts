/** The search page script (loaded only on /search/). */
declare const __SEARCH_INDEX_VERSION__: string;
export const searchIndexVersion = __SEARCH_INDEX_VERSION__;
