import { defineProgramTranslation } from "../../../src/model/schemas/translations.ts";

export default defineProgramTranslation({
  translatedFrom: "3e34b8298276",
  name: "Información y educación sobre las pruebas genéticas",
  runBy: "La ALS Association (Asociación de ELA de EE. UU.)",
  started: "Las fuentes no dan una fecha de inicio.",
  summary:
    "Una campaña que explica las pruebas genéticas y el asesoramiento genético. Ayuda a las personas a tomar sus propias decisiones informadas. Una prueba puede mostrar si un tratamiento basado en genes, como tofersen, podría ser una opción.",
  whoItIsFor:
    "Personas que viven con ELA, sus familias y cualquier persona que esté decidiendo si hacerse pruebas genéticas o recibir asesoramiento genético.",
  whatItDoes:
    "Comparte información clara sobre las pruebas genéticas y el asesoramiento genético a través de páginas web, historias de blog, correos electrónicos, pódcasts, videos y redes sociales. El objetivo es ayudar a las personas a tomar decisiones informadas.\n\nLo que dice la ALS Association sobre las pruebas:\n\n- Las pruebas genéticas ahora son una opción para cualquier persona que haya recibido un diagnóstico de ELA, no solo para las personas con ELA en la familia.\n- Más de 40 genes están relacionados con la ELA. Alrededor de 2 de cada 3 personas con ELA que se da en la familia (ELA familiar) tienen un cambio en uno de ellos. También lo tienen alrededor de 1 de cada 10 personas sin antecedentes de ELA en la familia (ELA esporádica).\n- Si una persona con ELA tiene un cambio así, sus familiares pueden elegir hacerse la prueba también. Es mejor hablar de esa decisión con un asesor genético.",
  results: "Las fuentes todavía no dan cifras sobre esta campaña.",
  howToTakePart:
    "Pregunte a su neurólogo o a su clínica de ELA sobre las pruebas genéticas y el asesoramiento genético. La página sobre pruebas genéticas de la ALS Association explica más.",
  changes: [
    "Se agregó lo que dice la ALS Association sobre quién puede hacerse la prueba y cuántas personas tienen un cambio en un gen.",
  ],
});
