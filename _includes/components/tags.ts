/** A topic's name in a language: topics are written in English in posts' front matter; others name them here. */
import type { Lang } from "../../src/model/languages.ts";

const names: Record<Exclude<Lang, "en">, Record<string, string>> = {
  es: {
    "year-in-review": "resumen del año",
    research: "investigación",
    drugs: "medicamentos",
    tofersen: "tofersen",
    programs: "programas",
    community: "comunidad",
    "genetic-testing": "pruebas genéticas",
  },
};

/** The topic's name, or its English name when the language has none yet. */
export function tagName(name: string, lang: Lang): string {
  return lang === "en" ? name : (names[lang][name] ?? name);
}
