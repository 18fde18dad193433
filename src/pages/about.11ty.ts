/** `/about/`: who maintains the site, the editorial policy, how facts are sourced and reviewed, privacy. */
import { html } from "../_config/templates/html.ts";
import type { SiteData } from "../_config/templates/types.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { permalink: "/about/" };

export default function render(data: SiteData): string {
  const { site } = data;
  const body = html`<h1>About this site</h1>
<p class="lead">${site.title} explains ALS treatments, support programs and research news in plain words, for people living with ALS, their families and the clinicians who care for them.</p>

<h2 id="who">Who runs it</h2>
<p>The site is maintained by ${site.maintainer}. To reach us, ${site.contact}.</p>

<h2 id="editorial-policy">Editorial policy</h2>
<ul>
<li>We write every page in our own plain words, with the everyday term first and the medical term after it.</li>
<li>We only publish facts we can trace to a named source. If our sources do not say something, we say so rather than guess.</li>
<li>We do not give medical advice. Every page reminds you: ${site.disclaimer}</li>
<li>We never publish made-up clinics, doses, phone numbers or people.</li>
</ul>

<h2 id="sources">How facts are sourced</h2>
<p>Every treatment and program page ends with a list of its sources: the title, who published it and when. News posts list their sources at the end. Approvals and dates come from regulators' announcements and drug labels; trial results come from the published studies and announcements.</p>

<h2 id="review">How pages are reviewed</h2>
<p>Every treatment and program page shows when it was last checked against its sources and when the next check is due. When a review date passes, the page tells you it may be out of date, and our publishing checks remind the editors.</p>

<h2 id="privacy">No ads, no tracking</h2>
<p>This site has no adverts, no analytics and no tracking. It loads nothing from other websites, so no one else learns which pages you read. Your reading settings are stored only in your own browser.</p>`;
  return renderPage(data, {
    title: "About this site",
    description: "Who maintains ALS Resources, how facts are sourced and reviewed, and our privacy promise: no ads, no tracking.",
    trail: [{ title: "About", url: "/about/" }],
    body,
  });
}
