/** `/about/`: who maintains the site, the editorial policy, how facts are sourced and reviewed, privacy. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { permalink: pageUrl("page", "about"), title: "About this site" };

export default function render(data: SiteData): string {
  const { site } = data;
  const body = html`<h1>About this site</h1>
<p class="lead">${site.title} explains ALS treatments, support programs and research news in plain words, for people living with ALS, their families and the clinicians who care for them.</p>

<h2 id="who">Who runs it</h2>
<p>The site is maintained by ${site.maintainer}. To reach us, ${site.contact}.</p>

<h2 id="editorial-policy">Editorial policy</h2>
<ul>
<li>We write every page in our own plain words, with the everyday term first and the medical term after it.</li>
<li>We only publish facts we can trace to a named source. If our sources do not say something, we say so or leave it out, rather than guess.</li>
<li>We say a drug is "approved for" a group of people, not that it "works for" them, and we say "not a cure" where the sources say so. When a study is small and has no comparison group, we say so, and we report the people who got worse as well as those who got better.</li>
<li>We do not give medical advice. Every page reminds you: ${site.disclaimer}</li>
<li>We never publish made-up clinics, doses, phone numbers or people.</li>
</ul>

<h2 id="sources">How facts are sourced</h2>
<p>Each section of a treatment, program or news page that states facts ends with "Sources for this section": a link to the full citation of each source at the foot of the page. Each citation gives the source's own title, who published it, its date (only as precise as the source itself gives it) and a link to read it. Our publishing checks refuse a page where a section that states facts names no source, or names only a weak one.</p>
<ul>
<li><strong>Primary sources</strong> carry the medical facts: drug labels, regulators, the companies' own announcements, journal articles, trial registries and patient associations' own pages. Doses, warnings, side effects and the tests a drug needs come from its label.</li>
<li><strong>Secondary sources</strong>, such as news reports, repeat a primary source. We mark them as such.</li>
<li>A <strong>weak source</strong>, with no named author or publisher, is never the only support for a fact.</li>
</ul>
<p>Every approved drug's page lists the label's warnings, its common side effects and the tests needed before or during treatment. <a href="/sources/">All our sources</a> are listed on one page, with the pages that cite them. News posts show the day they were published on this site, and a post adapted from another article names that article under its title.</p>

<h2 id="review">How pages are reviewed</h2>
<p>Every treatment and program page shows when it was last checked against its sources, when the next check is due, and the date of its newest source. Drugs still in trials are checked at least every 3 months, and everything else at least every 12 months. A drug in trials shows the month its status is from ("status as of"). When a review date passes, the page tells you it may be out of date within a week, and our publishing checks remind the editors. When a medical fact on a page changes, a dated "What changed" list at its foot says so.</p>
<p>What our checks cannot do is read a source for us: that each sentence says what its source says is checked by a person, at each review.</p>

<h2 id="privacy">No ads, no tracking</h2>
<p>This site has no adverts, no analytics and no tracking. It loads nothing from other websites, so no one else learns which pages you read. Your reading settings are stored only in your own browser.</p>`;
  return renderPage(data, {
    description: "Who maintains ALS Resources, how facts are sourced and reviewed, and our privacy promise: no ads, no tracking.",
    trail: [{ title: "About", url: "/about/" }],
    body,
  });
}
