/** The page script, loaded as a module on every page. Progressive enhancement only: every page reads without it. */
import { initOffline } from "./offline.ts";
import { listSavedPages } from "./offlinePages.ts";
import { initPreferences } from "./preferences.ts";

initPreferences();
void initOffline();
if (document.getElementById("offline-pages")) void listSavedPages();
