/**
 * Offline reading, as progressive enhancement:
 * - registers the service worker (nothing happens where service workers are unsupported);
 * - keeps the footer's status line up to date ("Saving pages…", then "Available offline");
 * - when a new version is waiting, shows a notice with a button to load it (nothing reloads by itself).
 */
import { siteRoot } from "./siteRoot.ts";
import { clientText, pageLanguage } from "./strings.ts";

const text = clientText();

function setStatus(message: string): void {
  const status = document.getElementById("offline-status");
  if (status && status.textContent !== message) status.textContent = message;
}

function showUpdateNotice(waiting: ServiceWorker): void {
  const region = document.getElementById("update-notice");
  if (!region || region.querySelector("button")) return;
  const paragraph = document.createElement("p");
  paragraph.append(`${text.update} `);
  const button = document.createElement("button");
  button.type = "button";
  button.className = "button";
  button.textContent = text.load;
  button.addEventListener("click", () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  paragraph.append(button);
  region.append(paragraph);
}

/** Asks the active worker to save the other language's pages too; resolves when it is done (or cannot say). */
function saveTheRest(worker: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ type: "SAVE_THE_REST" }, [channel.port2]);
  });
}

/** "Available offline" once the whole site, both languages, is saved. */
async function whenAllSaved(worker: ServiceWorker | null): Promise<void> {
  if (worker) await saveTheRest(worker);
  setStatus(text.ready);
}

function watchInstalling(registration: ServiceWorkerRegistration): void {
  const worker = registration.installing;
  if (!worker) return;
  const isUpdate = Boolean(navigator.serviceWorker.controller);
  if (!isUpdate) setStatus(text.saving);
  worker.addEventListener("statechange", () => {
    if (worker.state === "installed" && isUpdate && registration.waiting) showUpdateNotice(registration.waiting);
    if (worker.state === "activated" && !isUpdate) void whenAllSaved(worker);
    if (worker.state === "redundant" && !isUpdate) setStatus(text.failed);
  });
}

export async function initOffline(): Promise<void> {
  if (!("serviceWorker" in navigator)) {
    setStatus(text.unsupported);
    return;
  }
  const root = siteRoot();
  try {
    // The first page a reader opens decides which language the worker saves first (`?lang=`); later pages
    // keep that worker, whatever their language, so switching language never looks like an update.
    const existing = await navigator.serviceWorker.getRegistration(root.href);
    const script =
      existing?.active?.scriptURL ?? existing?.installing?.scriptURL ?? existing?.waiting?.scriptURL ?? new URL(`sw.js?lang=${pageLanguage()}`, root).href;
    const registration = await navigator.serviceWorker.register(script, { scope: root.pathname });
    if (registration.active && !registration.installing) void whenAllSaved(registration.active);
    if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
    watchInstalling(registration);
    registration.addEventListener("updatefound", () => watchInstalling(registration));
  } catch {
    setStatus(text.failed);
  }
}
