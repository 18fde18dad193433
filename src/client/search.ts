/** The search page script (loaded only on /search/). */
export {};
