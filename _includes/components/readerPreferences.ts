/**
 * Reader preferences: text size, line spacing and colours, on every page (in the header).
 *
 * Each setting is a group of native radio buttons with visible labels, so it works with a keyboard,
 * switch scanning, eye gaze (dwell click) and voice control ("click Large"): one press applies it.
 * The panel is a native `<details>` disclosure, opened and closed with one press.
 *
 * It is rendered `hidden`: without JavaScript nothing here could be saved, so it is not shown at all and
 * the page follows the device's own settings (colour scheme, contrast, text size). `src/client/preferences.ts`
 * reveals it, ticks the saved choices and applies every change at once.
 */
import { html, type SafeHtml } from "../../src/helpers/html.ts";
import type { Lang } from "../../src/model/languages.ts";
import { strings } from "../../src/model/strings/index.ts";

export interface PreferenceChoice {
  value: string;
  label: string;
}

export interface PreferenceGroup {
  /** The radio group's `name`; the client script reads the same names. */
  name: "text-size" | "spacing" | "theme";
  legend: string;
  choices: readonly PreferenceChoice[];
}

/** The groups and their choices; the first choice of each is the default (the device's own setting). */
export function preferenceGroups(lang: Lang = "en"): readonly PreferenceGroup[] {
  const t = strings(lang).preferences;
  return [
    {
      name: "text-size",
      legend: t.textSize,
      choices: [
        { value: "standard", label: t.standard },
        { value: "large", label: t.large },
        { value: "larger", label: t.larger },
      ],
    },
    {
      name: "spacing",
      legend: t.spacing,
      choices: [
        { value: "standard", label: t.standard },
        { value: "wide", label: t.wide },
      ],
    },
    {
      name: "theme",
      legend: t.colors,
      choices: [
        { value: "system", label: t.system },
        { value: "light", label: t.light },
        { value: "dark", label: t.dark },
        { value: "high-contrast", label: t.highContrast },
      ],
    },
  ];
}

export function readerPreferences(lang: Lang = "en"): SafeHtml {
  const t = strings(lang).preferences;
  return html`<details class="reader-preferences" id="reader-preferences" hidden>
<summary>${t.summary}</summary>
<div class="preferences-panel">
${preferenceGroups(lang).map(
  (group) => html`<fieldset class="preference-group">
<legend>${group.legend}</legend>
${group.choices.map(
  (choice, index) =>
    html`<label class="choice"><input type="radio" name="${group.name}" value="${choice.value}"${index === 0 ? html` checked` : ""}> ${choice.label}</label>`,
)}
</fieldset>`,
)}
<p class="preferences-note">${t.note}</p>
<button type="button" class="button preferences-reset" data-preferences-reset>${t.reset}</button>
</div>
</details>`;
}
