/** `/about/` (and `/es/about/`): who maintains the site, the editorial policy, how facts are sourced and reviewed, privacy. */
import { html, type SafeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { siteText } from "../../_includes/components/siteText.ts";

type Site = SiteData["site"] & ReturnType<typeof siteText>;

const pages: Record<Lang, { title: string; crumb: string; description: string; body: (site: Site) => SafeHtml }> = {
  en: {
    title: "About this site",
    crumb: "About",
    description: "Who maintains ALS Resources, how facts are sourced and reviewed, and our privacy promise: no ads, no tracking.",
    body: (site) => html`<h1>About this site</h1>
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

<h2 id="languages">English and Spanish</h2>
<p>Every page is written in English first, then translated into Spanish. Only the words are translated: the facts on a Spanish page (dates, statuses, approvals and the sources) come from the same records as the English page, so the two cannot disagree. If a number in the English changes, such as a dose, the Spanish page shows that text in English until it is translated again. When the English page changes after its translation, the Spanish page says so at the top and links to the English. The sources themselves are mostly in English.</p>

<h2 id="privacy">No ads, no tracking</h2>
<p>This site has no adverts, no analytics and no tracking. It loads nothing from other websites, so no one else learns which pages you read. Your reading settings are stored only in your own browser.</p>`,
  },
  es: {
    title: "Acerca de este sitio",
    crumb: "Acerca de",
    description:
      "Quién mantiene ALS Resources, cómo se respaldan los datos con fuentes y cómo se revisan, y nuestra promesa de privacidad: sin anuncios ni rastreo.",
    body: (site) => html`<h1>Acerca de este sitio</h1>
<p class="lead">${site.title} explica en palabras sencillas los tratamientos para la ELA, los programas de apoyo y las noticias de investigación, para las personas que viven con ELA, sus familias y los profesionales clínicos que los atienden.</p>

<h2 id="who">Quién lo administra</h2>
<p>Este sitio está a cargo de ${site.maintainer}. Para comunicarse con nosotros, ${site.contact}.</p>

<h2 id="editorial-policy">Política editorial</h2>
<ul>
<li>Escribimos cada página con nuestras propias palabras sencillas, con el término de uso diario primero y el término médico después.</li>
<li>Solo publicamos datos que podemos rastrear hasta una fuente identificada por su nombre. Si nuestras fuentes no dicen algo, lo decimos o lo dejamos fuera, en lugar de adivinar.</li>
<li>Decimos que un medicamento está "aprobado para" un grupo de personas, no que "funciona para" ellas, y decimos "no es una cura" donde las fuentes lo dicen. Cuando un estudio es pequeño y no tiene grupo de comparación, lo decimos, e informamos sobre las personas que empeoraron además de las que mejoraron.</li>
<li>No damos consejos médicos. Cada página se lo recuerda: ${site.disclaimer}</li>
<li>Nunca publicamos clínicas, dosis, números de teléfono ni personas inventadas.</li>
</ul>

<h2 id="sources">Cómo se respaldan los datos con fuentes</h2>
<p>Cada sección de una página de tratamiento, de programa o de noticias que presenta datos termina con "Fuentes de esta sección": un enlace a la cita completa de cada fuente al pie de la página. Cada cita da el título propio de la fuente, quién la publicó, su fecha (solo tan precisa como la da la propia fuente) y un enlace para leerla. Nuestras comprobaciones de publicación rechazan una página si una sección que presenta datos no nombra ninguna fuente, o solo nombra una fuente débil.</p>
<ul>
<li>Las <strong>fuentes primarias</strong> aportan los datos médicos: las etiquetas de los medicamentos, las agencias reguladoras, los anuncios de las propias compañías, los artículos de revistas científicas, los registros de ensayos clínicos y las páginas propias de las asociaciones de pacientes. Las dosis, las advertencias, los efectos secundarios y las pruebas que necesita un medicamento vienen de su etiqueta.</li>
<li>Las <strong>fuentes secundarias</strong>, como las noticias, repiten lo que dice una fuente primaria. Las marcamos como tales.</li>
<li>Una <strong>fuente débil</strong>, que no nombra a su autor ni a quien la publica, nunca es el único respaldo de un dato.</li>
</ul>
<p>La página de cada medicamento aprobado enumera las advertencias de la etiqueta, sus efectos secundarios comunes y las pruebas necesarias antes o durante el tratamiento. <a href="/es/sources/">Todas nuestras fuentes</a> aparecen en una sola página, con las páginas que las citan. Las noticias muestran el día en que se publicaron en este sitio, y una noticia adaptada de otro artículo nombra ese artículo debajo de su título.</p>

<h2 id="review">Cómo se revisan las páginas</h2>
<p>Cada página de tratamiento y de programa muestra cuándo se comparó por última vez con sus fuentes, cuándo toca la próxima revisión y la fecha de su fuente más reciente. Los medicamentos que todavía están en ensayos clínicos se revisan al menos cada 3 meses, y todo lo demás, al menos cada 12 meses. Un medicamento en ensayos muestra el mes al que corresponde su estado ("estado en"). Cuando pasa una fecha de revisión, en el plazo de una semana la página le avisa que puede estar desactualizada, y nuestras comprobaciones de publicación se lo recuerdan a los editores. Cuando cambia un dato médico de una página, lo indica una lista fechada "Qué cambió" al pie de la página.</p>
<p>Lo que nuestras comprobaciones no pueden hacer es leer una fuente por nosotros: que cada oración diga lo que dice su fuente lo comprueba una persona, en cada revisión.</p>

<h2 id="languages">Inglés y español</h2>
<p>Cada página se escribe primero en inglés y después se traduce al español. Solo se traducen las palabras: los datos de una página en español (fechas, situación, aprobaciones y fuentes) vienen de los mismos registros que la página en inglés, así que no pueden ser distintos. Si cambia un número en el texto en inglés, como una dosis, la página en español muestra ese texto en inglés hasta que se traduzca de nuevo. Cuando la página en inglés cambia después de traducirse, la página en español lo dice arriba y enlaza a la versión en inglés. Las fuentes, en su mayoría, están en inglés.</p>

<h2 id="privacy">Sin anuncios ni rastreo</h2>
<p>Este sitio no tiene anuncios, ni herramientas de analítica, ni rastreo. No carga nada de otros sitios web, así que nadie más sabe qué páginas lee usted. Su configuración de lectura se guarda solo en su propio navegador.</p>`,
  },
};

export default function aboutPage(lang: Lang) {
  const words = pages[lang];
  const url = pageUrl("page", "about", lang);
  return {
    data: { permalink: url, title: words.title },
    render(this: TemplateContext, data: SiteData): string {
      const site = { ...data.site, ...siteText(data.site, lang) };
      return renderPage(this, data, { description: words.description, trail: [{ title: words.crumb, url }], body: words.body(site) });
    },
  };
}
