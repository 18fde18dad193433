import { defineProgramTranslation } from "../../../src/model/schemas/translations.ts";

export default defineProgramTranslation({
  translatedFrom: "71a8eff63c7a",
  runBy: "La ALS Association (Asociación de ELA de EE. UU.)",
  started: "Primavera de 2023",
  summary:
    "My ALS Journey es un sitio web que la ALS Association lanzó en la primavera de 2023. Usted crea un perfil personal. Después, el sitio le muestra información, artículos y listas de verificación para ayudarle a planificar con anticipación.",
  whoItIsFor:
    "Personas que viven con ELA y que quieren información y ayuda para planificar que se ajusten a su propia situación.",
  whatItDoes:
    "Es un sitio web donde usted crea un perfil personal. Después, le muestra información adecuada para usted, con artículos y listas de verificación para ayudarle a planificar a medida que la enfermedad cambia.",
  results:
    "Para finales de 2023, más de 4,500 personas de los 50 estados de EE. UU. y de 76 países lo habían usado.",
  changes: [
    "Se eliminaron consejos para inscribirse y una afirmación sobre cómo se creó el sitio que no aparece en ninguna fuente que pudimos revisar.",
  ],
});
