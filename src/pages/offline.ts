/** `/offline/` (and `/es/offline/`): shown when a page is not saved for offline reading; the service worker picks the URL's language. */
import { html } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import { localizedUrl, type Lang } from "../model/languages.ts";
import { strings } from "../model/strings/index.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { mainSections } from "../../_includes/components/siteHeader.ts";

const words = {
  en: {
    lead: "If you see this page, the page you asked for is not saved on this device and there is no connection right now.",
    available: "Pages you can read offline",
    intro: "After one visit with a connection, your browser saves the whole site. These sections are saved:",
    how: "How offline reading works",
    howText:
      'The first time you open the site with a connection, your browser quietly saves every page. The footer says "Available offline" when it is done. When you are online again, you always get the newest pages.',
    description: "This page is not saved for offline reading. Here is what you can read without a connection.",
  },
  es: {
    lead: "Si ve esta página, la página que pidió no está guardada en este dispositivo y ahora no hay conexión.",
    available: "Páginas que puede leer sin conexión",
    intro: "Después de una visita con conexión, su navegador guarda todo el sitio. Estas secciones están guardadas:",
    how: "Cómo funciona la lectura sin conexión",
    howText:
      "La primera vez que abre el sitio con conexión, su navegador guarda cada página sin avisar. El pie de página dice «Disponible sin conexión» cuando termina. Cuando vuelve a tener conexión, siempre recibe las páginas más nuevas.",
    description: "Esta página no está guardada para leerla sin conexión. Esto es lo que puede leer sin conexión.",
  },
} satisfies Record<Lang, Record<string, string>>;

export default function offlinePage(lang: Lang) {
  const w = words[lang];
  const t = strings(lang);
  const url = pageUrl("page", "offline", lang);
  return {
    data: { permalink: url, title: t.sections.offline },
    render(this: TemplateContext, data: SiteData): string {
      const body = html`<h1>${t.sections.offline}</h1>
<p class="lead">${w.lead}</p>
<h2 id="available">${w.available}</h2>
<p id="offline-pages-intro">${w.intro}</p>
<ul class="link-list" id="offline-pages">${mainSections(lang)
        .filter((section) => section.englishUrl !== "/search/")
        .map((section) => html`<li><a href="${section.url}">${section.title}</a></li>`)}
<li><a href="${localizedUrl("/", lang)}">${t.shell.home}</a></li>
</ul>
<h2 id="how">${w.how}</h2>
<p>${w.howText}</p>`;
      return renderPage(this, data, { description: w.description, trail: [{ title: t.sections.offline, url }], body });
    },
  };
}
