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
export const preferenceGroups: readonly PreferenceGroup[] = [
  {
    name: "text-size",
    legend: "Text size",
    choices: [
      { value: "standard", label: "Standard" },
      { value: "large", label: "Large" },
      { value: "larger", label: "Larger" },
    ],
  },
  {
    name: "spacing",
    legend: "Line spacing",
    choices: [
      { value: "standard", label: "Standard" },
      { value: "wide", label: "Wide" },
    ],
  },
  {
    name: "theme",
    legend: "Colors",
    choices: [
      { value: "system", label: "Same as this device" },
      { value: "light", label: "Light" },
      { value: "dark", label: "Dark" },
      { value: "high-contrast", label: "High contrast" },
    ],
  },
];

export function readerPreferences(): SafeHtml {
  return html`<details class="reader-preferences" id="reader-preferences" hidden>
<summary>Text size and colors</summary>
<div class="preferences-panel">
${preferenceGroups.map(
  (group) => html`<fieldset class="preference-group">
<legend>${group.legend}</legend>
${group.choices.map(
  (choice, index) =>
    html`<label class="choice"><input type="radio" name="${group.name}" value="${choice.value}"${index === 0 ? html` checked` : ""}> ${choice.label}</label>`,
)}
</fieldset>`,
)}
<p class="preferences-note">Each choice applies at once and is saved in this browser only.</p>
<button type="button" class="button preferences-reset" data-preferences-reset>Reset to standard</button>
</div>
</details>`;
}
