/**
 * `/_redirects`: on Netlify, an unknown address under `/es/` gets the Spanish "page not found" page (with
 * status 404); everything else gets `/404.html`. Cloudflare Pages finds the nearest `404.html` by itself;
 * GitHub Pages serves only the root one, which links to the Spanish home page too.
 */
import { languages, translatedLanguages } from "../model/languages.ts";

export const data = { permalink: "/_redirects", eleventyExcludeFromCollections: true };

export default function render(): string {
  return `${translatedLanguages.map((lang) => `${languages[lang].prefix}/*  ${languages[lang].prefix}/404.html  404`).join("\n")}\n`;
}
