/**
 * `/accessibility/` (and `/es/accessibility/`): the accessibility statement: the standard met, how it is tested and the result, known
 * limitations and how to report a problem. What it says about testing must match tests/a11y/ (see the
 * README, "Accessibility checks"); change both together.
 */
import { html, type SafeHtml } from "../helpers/html.ts";
import type { SiteData } from "../model/pageData.ts";
import type { TemplateContext } from "../model/eleventy.ts";
import { pageUrl } from "../model/pageKinds.ts";
import type { Lang } from "../model/languages.ts";
import { renderPage } from "../../_includes/layouts/base.ts";
import { siteText } from "../../_includes/components/siteText.ts";
import { timeElement } from "../../_includes/components/sections.ts";

/** When a person last went through the statement and the manual checks below. */
const lastReviewed = "2026-11-21";

type Site = SiteData["site"] & ReturnType<typeof siteText>;

const pages: Record<Lang, { title: string; crumb: string; description: string; body: (site: Site) => SafeHtml }> = {
  en: {
    title: "Accessibility statement",
    crumb: "Accessibility",
    description: "How ALS Resources meets WCAG 2.2 AA and AAA contrast, how it is tested, the result, known limitations and how to report a problem.",
    body: (site) => html`<h1>Accessibility statement</h1>
<p class="lead">Many of our readers live with ALS and use eye-gaze trackers, switches, head pointers, voice control, screen readers or magnifiers. Accessibility is the point of this site, not an extra, so we test it on every page, every time the site changes.</p>

<h2 id="standard">The standard we meet</h2>
<p>Every page meets the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We also meet these level AAA rules, because our readers need them:</p>
<ul>
<li>Color contrast of at least 7 to 1 for text, and 4.5 to 1 for large text, in the light, dark and high-contrast colors.</li>
<li>Links and buttons of at least 44 by 44 pixels, apart from links inside a sentence.</li>
<li>A focus indicator (the outline that shows where you are when you use a keyboard or switch) at least 2 pixels thick, with a contrast of at least 3 to 1.</li>
<li>No time limits, and nothing that moves, flashes or plays on its own.</li>
</ul>

<h2 id="how-to-use">Using this site</h2>
<ul>
<li>Every page works with a keyboard or a switch alone. The first thing on each page is a "Skip to main content" link, and the order you move through a page is the order you read it.</li>
<li>Every action takes a single click, tap or key press. Nothing needs dragging, hovering or a double click, so dwell clicking with eye gaze or a head pointer works everywhere.</li>
<li>"Text size and colors", at the top of every page, lets you choose larger text, wider line spacing and light, dark or high-contrast colors. Each choice is an ordinary option button with a visible name, so you can also say it with voice control, for example "click Larger". Your choice is kept in this browser only.</li>
<li>Without JavaScript, or before you choose, pages follow your device's own settings: dark mode, more contrast, reduced motion, Windows high contrast and your browser's text size.</li>
<li>Text can be made twice as large, and pages zoomed to 400%, without anything being cut off or the page scrolling sideways.</li>
<li>Medical words link to their plain-language meaning in the <a href="/glossary/">glossary</a> the first time they appear on a page. Abbreviations such as ALS are marked up so screen readers can give their full name.</li>
<li>Treatment pages print as a clean handout for a visit to your care team: without menus, with the addresses of links written out, and with the questions to ask kept together on one page.</li>
<li>Pages read fully without JavaScript, and every page can be read offline after your first visit.</li>
</ul>

<h2 id="testing">How we test</h2>
<p>These checks run automatically on every page of the site (including the "page not found" and offline pages) each time the site changes, before the change is published. Each check must find zero errors, or nothing is published.</p>
<ul>
<li><strong>pa11y-ci</strong> with two independent test engines, <strong>axe-core</strong> and <strong>HTML_CodeSniffer</strong>, against WCAG 2 level AA in a desktop-sized window, with HTML_CodeSniffer also checking AAA color contrast.</li>
<li><strong>axe-core</strong> again in a phone-sized window (320 pixels wide, the same as 400% zoom), for the WCAG 2.2 target size rule and AAA color contrast.</li>
<li><strong>Measurements in the Chromium browser</strong>, 320 and 1280 pixels wide: the page never scrolls sideways (also with the largest text and widest spacing, and with text at 200%); links and buttons that are not inside a sentence are at least 44 by 44 pixels; pressing Tab visits every link and control in reading order, each one shows a focus outline of at least 2 pixels and 3 to 1 contrast, and none is hidden behind anything.</li>
<li><strong>Color contrast in every color setting</strong>: axe-core checks AAA contrast with the device set to dark and to more contrast, on one page of each kind, and we check that the color choices in "Text size and colors" give exactly the same colors.</li>
</ul>
<p>We also checked by hand, with a keyboard in Chromium: the skip link moves to the main content; "Text size and colors" opens with Enter or Space; the arrow keys change each choice at once; choices are kept when you move to another page; the reset button works; without JavaScript the settings are not shown and dark mode follows the device. We looked at pages in the light, dark and high-contrast colors, in forced colors (the mode Windows high contrast uses, as Chromium imitates it), at 320 pixels wide with the largest text and widest spacing, and in print preview.</p>

<h2 id="result">Result</h2>
<p>Every page passes every check above with zero errors. Automated tools find many problems, but not all of them, so we also rely on the manual checks and on what you tell us.</p>
<p>This statement was last reviewed on ${timeElement(lastReviewed, "en")}.</p>

<h2 id="limitations">Known limitations</h2>
<ul>
<li>We have not yet tested the site with people using screen readers (such as NVDA, JAWS, VoiceOver or TalkBack), voice control (such as Dragon or Voice Control), eye-gaze systems or switch hardware. If you use one, we would like to hear how it goes.</li>
<li>Links inside a sentence, such as glossary words and topic names, are the size of the text around them, not 44 by 44 pixels. WCAG allows this; choose larger text if they are hard to hit.</li>
<li>Only the first use of each medical word on a page links to the glossary.</li>
<li>"Text size and colors" and search need JavaScript. Without it, your device and browser settings still apply, and the search page lists every section instead.</li>
<li>Your choices in "Text size and colors" are saved in one browser on one device; they do not follow you to another device.</li>
<li>Pages on other websites that we link to as sources are not ours, and may be less accessible.</li>
</ul>

<h2 id="report">Report a problem</h2>
<p>If something on this site is hard to use, please tell us: ${site.contact}. Say which page, what you were trying to do and what assistive technology you use, if any. We treat accessibility problems as bugs and fix them like any other.</p>`,
  },
  es: {
    title: "Declaración de accesibilidad",
    crumb: "Accesibilidad",
    description:
      "Cómo ALS Resources cumple las WCAG 2.2 AA y el contraste AAA, cómo se prueba, el resultado, las limitaciones conocidas y cómo informar un problema.",
    body: (site) => html`<h1>Declaración de accesibilidad</h1>
<p class="lead">Muchos de nuestros lectores viven con ELA y usan dispositivos de seguimiento ocular, pulsadores, punteros de cabeza, control por voz, lectores de pantalla o ampliadores de pantalla. La accesibilidad es la razón de ser de este sitio, no un extra, por eso la probamos en cada página, cada vez que el sitio cambia.</p>

<h2 id="standard">La norma que cumplimos</h2>
<p>Cada página cumple las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2 en el nivel AA. También cumplimos estas reglas del nivel AAA, porque nuestros lectores las necesitan:</p>
<ul>
<li>Un contraste de color de al menos 7 a 1 para el texto, y de 4.5 a 1 para el texto grande, en los colores claros, oscuros y de alto contraste.</li>
<li>Enlaces y botones de al menos 44 por 44 píxeles, excepto los enlaces dentro de una oración.</li>
<li>Un indicador de foco (el contorno que muestra dónde está usted cuando usa un teclado o un pulsador) de al menos 2 píxeles de grosor, con un contraste de al menos 3 a 1.</li>
<li>Sin límites de tiempo, y nada que se mueva, parpadee o se reproduzca solo.</li>
</ul>

<h2 id="how-to-use">Cómo usar este sitio</h2>
<ul>
<li>Cada página funciona solo con un teclado o solo con un pulsador. Lo primero de cada página es un enlace "Saltar al contenido principal", y el orden en que usted recorre una página es el orden en que la lee.</li>
<li>Cada acción requiere un solo clic, toque o pulsación de tecla. Nada requiere arrastrar, pasar el puntero por encima ni hacer doble clic, así que el clic por permanencia con la mirada o con un puntero de cabeza funciona en todas partes.</li>
<li>"Tamaño del texto y colores", en la parte superior de cada página, le permite elegir un texto más grande, un interlineado más amplio y colores claros, oscuros o de alto contraste. Cada alternativa es un botón de opción común, con un nombre visible, así que también puede decirla con el control por voz, por ejemplo "clic en Más grande". Su elección se guarda solo en este navegador.</li>
<li>Sin JavaScript, o antes de que usted elija, las páginas siguen la configuración propia de su dispositivo: modo oscuro, más contraste, movimiento reducido, el contraste alto de Windows y el tamaño de texto de su navegador.</li>
<li>El texto se puede hacer el doble de grande, y las páginas se pueden ampliar con el zoom al 400%, sin que nada quede cortado ni la página se desplace hacia los lados.</li>
<li>Las palabras médicas enlazan con su significado en lenguaje sencillo en el <a href="/es/glossary/">glosario</a> la primera vez que aparecen en una página. Las abreviaturas como ELA están marcadas para que los lectores de pantalla puedan decir su nombre completo.</li>
<li>Las páginas de tratamientos se imprimen como una hoja informativa limpia para una consulta con su equipo de atención médica: sin menús, con las direcciones de los enlaces escritas completas y con las preguntas para hacer agrupadas en una misma página.</li>
<li>Las páginas se leen completas sin JavaScript, y cada página se puede leer sin conexión después de su primera visita.</li>
</ul>

<h2 id="testing">Cómo hacemos las pruebas</h2>
<p>Estas comprobaciones se ejecutan automáticamente en cada página del sitio (incluidas la página de "página no encontrada" y la página sin conexión) cada vez que el sitio cambia, antes de que se publique el cambio. Cada comprobación debe encontrar cero errores; si no, no se publica nada.</p>
<ul>
<li><strong>pa11y-ci</strong> con dos motores de prueba independientes, <strong>axe-core</strong> y <strong>HTML_CodeSniffer</strong>, con respecto a las WCAG 2, nivel AA, en una ventana del tamaño de una computadora de escritorio; HTML_CodeSniffer también comprueba el contraste de color AAA.</li>
<li><strong>axe-core</strong> otra vez en una ventana del tamaño de un teléfono (320 píxeles de ancho, lo mismo que un zoom del 400%), para la regla de tamaño del objetivo de las WCAG 2.2 y el contraste de color AAA.</li>
<li><strong>Mediciones en el navegador Chromium</strong>, a 320 y 1280 píxeles de ancho: la página nunca se desplaza hacia los lados (tampoco con el texto más grande y el espaciado más amplio, ni con el texto al 200%); los enlaces y botones que no están dentro de una oración miden al menos 44 por 44 píxeles; al pulsar Tab se visitan todos los enlaces y controles en el orden de lectura, cada uno muestra un contorno de foco de al menos 2 píxeles y 3 a 1 de contraste, y ninguno queda oculto detrás de otra cosa.</li>
<li><strong>Contraste de color en cada configuración de colores</strong>: axe-core comprueba el contraste AAA con el dispositivo configurado en modo oscuro y en más contraste, en una página de cada tipo, y comprobamos que las opciones de color de "Tamaño del texto y colores" den exactamente los mismos colores.</li>
</ul>
<p>También comprobamos a mano, con un teclado en Chromium: el enlace para saltar va al contenido principal; "Tamaño del texto y colores" se abre con Enter o con la barra espaciadora; las teclas de flecha cambian cada opción de inmediato; las opciones se mantienen cuando usted pasa a otra página; el botón para restablecer funciona; sin JavaScript la configuración no se muestra y el modo oscuro sigue al dispositivo. Revisamos las páginas con los colores claros, oscuros y de alto contraste, con colores forzados (el modo que usa el contraste alto de Windows, tal como Chromium lo imita), a 320 píxeles de ancho con el texto más grande y el espaciado más amplio, y en la vista previa de impresión.</p>

<h2 id="result">Resultado</h2>
<p>Cada página pasa todas las comprobaciones anteriores con cero errores. Las herramientas automáticas encuentran muchos problemas, pero no todos, por eso también nos basamos en las comprobaciones manuales y en lo que usted nos cuenta.</p>
<p>Esta declaración se revisó por última vez el ${timeElement(lastReviewed, "es")}.</p>

<h2 id="limitations">Limitaciones conocidas</h2>
<ul>
<li>Todavía no hemos probado el sitio con personas que usen lectores de pantalla (como NVDA, JAWS, VoiceOver o TalkBack), control por voz (como Dragon o Voice Control), sistemas de seguimiento ocular o dispositivos de pulsador. Si usted usa alguno, nos gustaría saber cómo le va.</li>
<li>Los enlaces dentro de una oración, como las palabras del glosario y los nombres de temas, tienen el tamaño del texto que los rodea, no 44 por 44 píxeles. Las WCAG lo permiten; elija un texto más grande si le cuesta acertarles.</li>
<li>Solo el primer uso de cada palabra médica en una página enlaza con el glosario.</li>
<li>"Tamaño del texto y colores" y la búsqueda necesitan JavaScript. Sin él, se sigue aplicando la configuración de su dispositivo y de su navegador, y la página de búsqueda muestra en su lugar todas las secciones.</li>
<li>Sus opciones de "Tamaño del texto y colores" se guardan en un solo navegador de un solo dispositivo; no lo siguen a otro dispositivo.</li>
<li>Las páginas de otros sitios web que enlazamos como fuentes no son nuestras, y pueden ser menos accesibles.</li>
</ul>

<h2 id="report">Informar un problema</h2>
<p>Si algo de este sitio es difícil de usar, por favor, avísenos: ${site.contact}. Indique qué página, qué intentaba hacer y qué tecnología de asistencia usa, si usa alguna. Tratamos los problemas de accesibilidad como errores y los corregimos como a cualquier otro.</p>`,
  },
};

export default function accessibilityPage(lang: Lang) {
  const words = pages[lang];
  const url = pageUrl("page", "accessibility", lang);
  return {
    data: { permalink: url, title: words.title },
    render(this: TemplateContext, data: SiteData): string {
      const site = { ...data.site, ...siteText(data.site, lang) };
      return renderPage(this, data, { description: words.description, trail: [{ title: words.crumb, url }], body: words.body(site) });
    },
  };
}
