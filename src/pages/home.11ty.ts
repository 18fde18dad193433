/** `/`: what the site is, the newest posts, the treatments at a glance, the programs and reading offline. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { newestFirst, postList } from "../../_includes/components/postList.ts";
import { drugTitle, drugUrl, sortDrugs, statusBadge } from "../../_includes/components/drug.ts";
import { programUrl, sortPrograms } from "../../_includes/components/program.ts";

// eleventyImport: `npm start` rebuilds the home page when a post changes (Eleventy cannot see the use in render).
export const data = { permalink: "/", eleventyImport: { collections: ["posts"] }, eleventyComputed: { title: (data: SiteData) => data.site.title } };

export default function render(data: SiteData): string {
  const drugs = sortDrugs(Object.values(data.drugs));
  const programs = sortPrograms(Object.values(data.programs));
  const body = html`<h1>Clear, sourced information about ALS</h1>
<p class="lead">ALS (amyotrophic lateral sclerosis) is a disease that damages the nerve cells that control muscles. This site explains the treatments, the support programs and the latest research in plain words. Every section that states facts names its sources, with a link you can follow, and every treatment page shows when it was last checked.</p>

<section aria-labelledby="treatments-heading">
<h2 id="treatments-heading">Treatments at a glance</h2>
<ul class="drug-glance">${drugs.map((drug) => html`<li><a href="${drugUrl(drug)}">${drugTitle(drug)}</a> ${statusBadge(drug.status)}</li>`)}</ul>
<p><a class="button" href="/drugs/">Compare all treatments</a></p>
</section>

<section aria-labelledby="news-heading">
<h2 id="news-heading">Newest posts</h2>
${postList(newestFirst(data.collections.posts).slice(0, 3), 3)}
<p><a class="button" href="/posts/">All news and research</a></p>
</section>

<section aria-labelledby="programs-heading">
<h2 id="programs-heading">Support and community programs</h2>
<ul class="link-list">${programs.map((program) => html`<li><a href="${programUrl(program)}">${program.name}</a>: ${program.summary}</li>`)}</ul>
</section>

<section aria-labelledby="offline-heading">
<h2 id="offline-heading">Read it anywhere, even offline</h2>
<p>After your first visit, your browser saves the whole site, so every page opens later with no signal: in a clinic basement, on a bus or in hospital. The footer of each page says when saving is done. Pages are small and need no JavaScript to be read.</p>
<ul class="link-list"><li><a href="/offline/">More about reading offline</a></li></ul>
</section>`;
  return renderPage(data, {
    description: data.site.description,
    trail: [],
    body,
  });
}
