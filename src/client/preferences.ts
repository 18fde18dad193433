/**
 * Reader preferences: text size, line spacing and colours (see _includes/components/readerPreferences.ts).
 *
 * The saved choices are applied to `<html>` as soon as this module runs (module scripts run before the
 * page is shown in practice; inline scripts are not allowed by the Content Security Policy), as
 * `data-text-size`, `data-spacing` and `data-theme`; site.css does the rest. A default choice removes its
 * attribute, so the page follows the device's own settings. Choices are stored in localStorage only;
 * if storage is blocked they still apply until the page is left.
 */

export const storageKey = "als-reader-preferences";

export const preferenceChoices = {
  "text-size": ["standard", "large", "larger"],
  spacing: ["standard", "wide"],
  theme: ["system", "light", "dark", "high-contrast"],
} as const;

export type PreferenceName = keyof typeof preferenceChoices;
export type Preferences = { [Name in PreferenceName]: (typeof preferenceChoices)[Name][number] };

const names = Object.keys(preferenceChoices) as PreferenceName[];

export function defaultPreferences(): Preferences {
  return { "text-size": "standard", spacing: "standard", theme: "system" };
}

function isChoice<Name extends PreferenceName>(name: Name, value: unknown): value is Preferences[Name] {
  return (preferenceChoices[name] as readonly unknown[]).includes(value);
}

/** Saved preferences, each checked against its choices; anything unknown falls back to the default. */
export function parsePreferences(saved: string | null): Preferences {
  const preferences = defaultPreferences();
  if (!saved) return preferences;
  try {
    const data = JSON.parse(saved) as Record<string, unknown>;
    for (const name of names) {
      const value = data?.[name];
      if (isChoice(name, value)) (preferences as Record<PreferenceName, string>)[name] = value;
    }
  } catch {
    // A damaged entry is ignored.
  }
  return preferences;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadPreferences(): Preferences {
  try {
    return parsePreferences(storage()?.getItem(storageKey) ?? null);
  } catch {
    return defaultPreferences();
  }
}

export function savePreferences(preferences: Preferences): void {
  try {
    const defaults = defaultPreferences();
    const changed = names.filter((name) => preferences[name] !== defaults[name]);
    if (changed.length === 0) storage()?.removeItem(storageKey);
    else storage()?.setItem(storageKey, JSON.stringify(preferences));
  } catch {
    // Storage full or blocked: the choice still applies to this page.
  }
}

/** Sets (or, for a default, removes) `data-text-size`, `data-spacing` and `data-theme` on `<html>`. */
export function applyPreferences(preferences: Preferences, root: HTMLElement = document.documentElement): void {
  const defaults = defaultPreferences();
  for (const name of names) {
    const attribute = `data-${name}`;
    if (preferences[name] === defaults[name]) root.removeAttribute(attribute);
    else root.setAttribute(attribute, preferences[name]);
  }
}

function showChoices(panel: HTMLElement, preferences: Preferences): void {
  for (const name of names) {
    const input = panel.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${preferences[name]}"]`);
    if (input) input.checked = true;
  }
}

/** Reveals the preferences panel (rendered `hidden` for readers without JavaScript) and wires it up. */
export function connectPanel(panel: HTMLElement, initial: Preferences): void {
  let preferences = initial;
  showChoices(panel, preferences);

  panel.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "radio" || !input.checked) return;
    const name = input.name as PreferenceName;
    if (!names.includes(name) || !isChoice(name, input.value)) return;
    preferences = { ...preferences, [name]: input.value };
    applyPreferences(preferences);
    savePreferences(preferences);
  });

  panel.querySelector("[data-preferences-reset]")?.addEventListener("click", () => {
    preferences = defaultPreferences();
    applyPreferences(preferences);
    savePreferences(preferences);
    showChoices(panel, preferences);
  });

  // Another tab changed the preferences: follow it.
  window.addEventListener("storage", (event) => {
    if (event.key !== storageKey && event.key !== null) return;
    preferences = loadPreferences();
    applyPreferences(preferences);
    showChoices(panel, preferences);
  });

  panel.hidden = false;
}

export function initPreferences(): void {
  const preferences = loadPreferences();
  applyPreferences(preferences);
  const connect = () => {
    const panel = document.getElementById("reader-preferences");
    if (panel) connectPanel(panel, preferences);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", connect, { once: true });
  else connect();
}
