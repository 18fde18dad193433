/**
 * Offline reading, as progressive enhancement:
 * - registers the service worker (nothing happens where service workers are unsupported);
 * - keeps the footer's status line up to date ("Saving pages…", then "Available offline");
 * - when a new version is waiting, shows a notice with a button to load it (nothing reloads by itself).
 */
import { siteRoot } from "./siteRoot.ts";

const text = {
  unsupported: "This browser cannot save pages for offline reading. Every page still reads online.",
  saving: "Saving pages so you can read them offline…",
  ready: "Available offline: this whole site is saved on this device.",
  failed: "Pages could not be saved for offline reading. They still read online.",
  update: "New content is available.",
  load: "Load the new version",
};

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

function watchInstalling(registration: ServiceWorkerRegistration): void {
  const worker = registration.installing;
  if (!worker) return;
  const isUpdate = Boolean(navigator.serviceWorker.controller);
  if (!isUpdate) setStatus(text.saving);
  worker.addEventListener("statechange", () => {
    if (worker.state === "installed" && isUpdate && registration.waiting) showUpdateNotice(registration.waiting);
    if (worker.state === "activated" && !isUpdate) setStatus(text.ready);
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
    const registration = await navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname });
    if (registration.active) setStatus(text.ready);
    if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
    watchInstalling(registration);
    registration.addEventListener("updatefound", () => watchInstalling(registration));
  } catch {
    setStatus(text.failed);
  }
}
