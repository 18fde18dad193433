/** `/glossary/`: every term, each with an id so any page can link to `/glossary/#term`. */
import { html, raw } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { renderInline } from "../helpers/markdownLibrary.ts";
import { renderPage } from "../../_includes/layouts/base.ts";

export const data = { pageKind: "glossary", permalink: pageUrl("glossary"), title: "Glossary" };

export default function render(data: SiteData): string {
  const entries = [...data.glossary].sort((a, b) => a.term.localeCompare(b.term));
  const body = html`<h1>Glossary</h1>
<p class="lead">Words you will meet on this site and in clinic, explained in plain language.</p>
<dl class="glossary">${entries.map(
    (entry) => html`
<div class="glossary-entry" id="${entry.id}">
<dt><dfn>${entry.term}</dfn>${entry.abbreviation ? html` (<abbr>${entry.abbreviation}</abbr>)` : ""}</dt>
<dd>${raw(renderInline(entry.definition))}${entry.also && entry.also.length > 0 ? html` <span class="meta">Also called: ${entry.also.join(", ")}.</span>` : ""}</dd>
</div>`,
  )}
</dl>`;
  return renderPage(data, {
    description: "Plain-language explanations of the medical words used on this site.",
    trail: [{ title: "Glossary", url: "/glossary/" }],
    body,
  });
}
