/**
 * The words the browser scripts write, in each language; a page's `<html lang>` picks them. (The build's
 * own interface text is in src/model/strings/; these few lines travel with the scripts.)
 */
const text = {
  en: {
    unsupported: "This browser cannot save pages for offline reading. Every page still reads online.",
    saving: "Saving pages so you can read them offline…",
    ready: "Available offline: this whole site is saved on this device.",
    failed: "Pages could not be saved for offline reading. They still read online.",
    update: "New content is available.",
    load: "Load the new version",
    savedPages: (count: number) => `${count} pages are saved on this device and open without a connection:`,
    results: (count: number, query: string, max: number) => {
      const about = query ? ` for “${query}”` : "";
      return count === 0
        ? `No results${about}. Try another word, or check the spelling.`
        : `${count} result${count === 1 ? "" : "s"}${about}${count > max ? `; showing the first ${max}` : ""}.`;
    },
    searching: "Searching…",
    searchFailed: "Search is not available right now. Please use the links in the menu.",
  },
  es: {
    unsupported: "Este navegador no puede guardar páginas para leerlas sin conexión. Todas las páginas se siguen leyendo en línea.",
    saving: "Guardando páginas para que pueda leerlas sin conexión…",
    ready: "Disponible sin conexión: todo este sitio está guardado en este dispositivo.",
    failed: "No se pudieron guardar las páginas para leerlas sin conexión. Se siguen leyendo en línea.",
    update: "Hay contenido nuevo.",
    load: "Cargar la versión nueva",
    savedPages: (count: number) => `${count} páginas están guardadas en este dispositivo y se abren sin conexión:`,
    results: (count: number, query: string, max: number) => {
      const about = query ? ` para «${query}»` : "";
      return count === 0
        ? `No hay resultados${about}. Pruebe otra palabra, o revise cómo está escrita.`
        : `${count} resultado${count === 1 ? "" : "s"}${about}${count > max ? `; se muestran los primeros ${max}` : ""}.`;
    },
    searching: "Buscando…",
    searchFailed: "La búsqueda no está disponible ahora. Use los enlaces del menú.",
  },
};

export type ClientText = (typeof text)["en"];

/** The page's language: "es" for Spanish pages, otherwise English. */
export function pageLanguage(): "en" | "es" {
  return document.documentElement.lang === "es" ? "es" : "en";
}

export function clientText(): ClientText {
  return text[pageLanguage()];
}
