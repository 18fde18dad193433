/**
 * `/search/` (and `/es/search/`): search every page of the page's language, online or offline (the index is
 * saved with the site; Pagefind keeps one index per language, from each page's `<html lang>`).
 * The search form appears when the script runs; without JavaScript the page offers the site's sections
 * and the glossary as plain links and says that searching needs JavaScript.
 */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl, searchTypes } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { drugStatuses } from "../model/schemas/drug.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

const words = {
  en: {
    fallback: "Searching needs JavaScript, which is turned off or not available in this browser. You can still find everything from these pages:",
    label: "Search for a word or phrase",
    button: "Search",
    show: "Show",
    everything: "Everything",
    status: "Treatment status",
    anyStatus: "Any status",
    description: "Search every page of ALS Resources, even offline.",
  },
  es: {
    fallback:
      "Para buscar se necesita JavaScript, que está desactivado o no está disponible en este navegador. Aun así puede encontrar todo desde estas páginas:",
    label: "Busque una palabra o frase",
    button: "Buscar",
    show: "Mostrar",
    everything: "Todo",
    status: "Situación del tratamiento",
    anyStatus: "Cualquier situación",
    description: "Busque en todas las páginas de ALS Resources, incluso sin conexión.",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function searchPage(lang: Lang) {
  const w = words[lang];
  const t = strings(lang);
  const url = pageUrl("page", "search", lang);
  /** "Everything", then each search type the page kinds give their pages (`src/model/pageKinds.ts`). */
  const typeChoices = [["", w.everything], ...searchTypes().map(({ type, label }) => [type, t.kindLabels[label] ?? label])] as const;
  return {
    data: { permalink: url, title: t.sections.search },
    render(this: TemplateContext, data: SiteData): string {
      const body = html`<h1>${t.sections.search}</h1>
<div class="search-fallback" id="search-fallback">
<p>${w.fallback}</p>
<ul class="link-list">${mainSections(lang)
        .filter((section) => section.englishUrl !== "/search/")
        .map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}</ul>
</div>
<div class="search-app" id="search-app" hidden>
<form class="search-form" id="search-form" role="search" action="${url}" method="get">
<label for="search-input">${w.label}</label>
<div class="search-row">
<input type="search" id="search-input" name="q" autocomplete="off" spellcheck="true" enterkeyhint="search">
<button type="submit" class="button">${w.button}</button>
</div>
<fieldset class="search-filters">
<legend>${w.show}</legend>
${typeChoices.map(
  ([value, label]) => html`<label class="choice"><input type="radio" name="type" value="${value}"${value === "" ? html` checked` : ""}> ${label}</label>`,
)}
</fieldset>
<div class="search-status-filter">
<label for="search-status">${w.status}</label>
<select id="search-status" name="status">
<option value="">${w.anyStatus}</option>
${drugStatuses.map((status) => html`<option value="${status}">${t.drug.statusLabels[status]}</option>`)}
</select>
</div>
</form>
<p id="search-announcement" class="search-announcement" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
</div>
<script src="/assets/search.js" type="module"></script>`;
      return renderPage(this, data, { description: w.description, trail: [{ title: t.sections.search, url }], body });
    },
  };
}
