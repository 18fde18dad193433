/** `/programs/`: the support and community programs. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { programUrl, sortPrograms } from "../../_includes/components/program.ts";

export const data = { pageKind: "list", permalink: pageUrl("list", "programs"), title: "Support and community programs" };

export default function render(data: SiteData): string {
  const programs = sortPrograms(Object.values(data.programs));
  const body = html`<h1>Support and community programs</h1>
<p class="lead">Programs that help people living with ALS, their families and their care teams: what each one does, who it is for and what it has done so far.</p>
<ul class="card-list">${programs.map(
    (program) =>
      html`<li class="card"><h2><a href="${programUrl(program)}">${program.name}</a></h2><p>${program.summary}</p><p class="meta">Run by ${program.runBy}. Started: ${program.started}.</p></li>`,
  )}</ul>`;
  return renderPage(data, {
    description: "ALS support and community programs: what each does, who it is for and its results so far.",
    trail: [{ title: "Programs", url: "/programs/" }],
    body,
  });
}
