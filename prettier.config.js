// Prettier, set to the code's existing style: double quotes, semicolons, trailing commas and two spaces
// are Prettier's defaults; lines are long (most files were written to about 160 columns).
/** @type {import("prettier").Config} */
export default {
  printWidth: 160,
  // Never reformat the markup inside html`…` templates: whitespace there is part of the page.
  embeddedLanguageFormatting: "off",
};
