/**
 * `/search/`: search every page, online or offline (the index is saved with the site).
 * The search form appears when the script runs; without JavaScript the page offers the site's sections
 * and the glossary as plain links and says that searching needs JavaScript.
 */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl, searchTypes } from "../model/pageKinds.ts";
import { drugStatusLabels, drugStatuses } from "../model/schemas/drug.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

export const data = { permalink: pageUrl("page", "search"), title: "Search" };

/** "Everything", then each search type the page kinds give their pages (`src/model/pageKinds.ts`). */
const typeChoices = [["", "Everything"], ...searchTypes().map(({ type, label }) => [type, label])] as const;

export default function render(data: SiteData): string {
  const body = html`<h1>Search</h1>
<div class="search-fallback" id="search-fallback">
<p>Searching needs JavaScript, which is turned off or not available in this browser. You can still find everything from these pages:</p>
<ul class="link-list">${mainSections
    .filter((section) => section.url !== "/search/")
    .map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}</ul>
</div>
<div class="search-app" id="search-app" hidden>
<form class="search-form" id="search-form" role="search" action="/search/" method="get">
<label for="search-input">Search for a word or phrase</label>
<div class="search-row">
<input type="search" id="search-input" name="q" autocomplete="off" spellcheck="true" enterkeyhint="search">
<button type="submit" class="button">Search</button>
</div>
<fieldset class="search-filters">
<legend>Show</legend>
${typeChoices.map(
  ([value, label]) => html`<label class="choice"><input type="radio" name="type" value="${value}"${value === "" ? html` checked` : ""}> ${label}</label>`,
)}
</fieldset>
<div class="search-status-filter">
<label for="search-status">Treatment status</label>
<select id="search-status" name="status">
<option value="">Any status</option>
${drugStatuses.map((status) => html`<option value="${status}">${drugStatusLabels[status]}</option>`)}
</select>
</div>
</form>
<p id="search-announcement" class="search-announcement" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
</div>
<script src="/assets/search.js" type="module"></script>`;
  return renderPage(data, {
    description: "Search every page of ALS Resources, even offline.",
    trail: [{ title: "Search", url: "/search/" }],
    body,
  });
}
