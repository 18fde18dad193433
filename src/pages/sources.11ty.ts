/**
 * `/sources/`: every source the site cites, grouped by kind, each with its address and the pages that cite
 * it. Readers can judge the evidence in one place; the weekly link check reads this page to test every
 * source address (see .github/workflows/deploy.yml).
 */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { sourceKindLabels, sourceKinds } from "../model/schemas/source.ts";
import { citedInPost } from "../model/postSections.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { citation, sourceAnchor } from "../../_includes/components/citations.ts";
import { drugTitle, drugUrl } from "../../_includes/components/drug.ts";
import { programUrl } from "../../_includes/components/program.ts";

export const data = { permalink: pageUrl("page", "sources"), title: "All our sources" };

export default function render(data: SiteData): string {
  const registry = data.sources;
  const pages = [
    ...Object.values(data.drugs).map((drug) => ({ title: drugTitle(drug), url: drugUrl(drug), ids: Object.values(drug.sources).flat() })),
    ...Object.values(data.programs).map((program) => ({ title: program.name, url: programUrl(program), ids: Object.values(program.sources).flat() })),
    ...data.collections.posts.map((post) => ({
      title: post.data.title,
      url: post.url,
      ids: [...citedInPost(post.rawInput ?? post.data.page.rawInput ?? ""), ...(post.data.basedOn ? [post.data.basedOn] : [])],
    })),
  ];
  const citedOn = (id: string) => pages.filter((page) => page.ids.includes(id));
  const sources = Object.values(registry).sort((a, b) => a.title.localeCompare(b.title));
  const body = html`<h1>All our sources</h1>
<p class="lead">Every source this site cites, with a link to read it yourself. Each treatment, program and news page names the sources for each of its sections.</p>
<p>We sort sources into three kinds. <strong>Primary</strong> sources are the original: a drug's label, a regulator, a company's own announcement, a journal article, a trial registry or an association's own page. <strong>Secondary</strong> sources, such as news reports, repeat a primary source. A <strong>weak</strong> source, with no named author or publisher, is never the only support for a medical fact.</p>
${sourceKinds.map((kind) => {
  const group = sources.filter((source) => source.kind === kind);
  if (group.length === 0) return "";
  return html`<section aria-labelledby="kind-${kind}">
<h2 id="kind-${kind}">${sourceKindLabels[kind]}</h2>
<ul class="sources">${group.map((source) => {
    const cited = citedOn(source.id);
    return html`<li id="${sourceAnchor(source.id)}">${citation(source)}${
      cited.length > 0
        ? html` <span class="cited-in">Cited on: ${cited.map((page, index) => html`${index > 0 ? ", " : ""}<a href="${page.url}">${page.title}</a>`)}.</span>`
        : ""
    }</li>`;
  })}</ul>
</section>`;
})}`;
  return renderPage(data, {
    description: "Every source ALS Resources cites: drug labels, regulators, journal articles, trial registries and more, each with its address.",
    trail: [{ title: "Sources", url: "/sources/" }],
    body,
  });
}
