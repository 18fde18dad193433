import { defineProgramTranslation } from "../../../src/model/schemas/translations.ts";

export default defineProgramTranslation({
  translatedFrom: "f039eb7b8b4e",
  runBy: "La ALS Association (Asociación de ELA de EE. UU.)",
  started: "Las fuentes no dan una fecha de inicio. La ALS Association lo anunció en diciembre de 2024.",
  summary:
    "thinkALS es una guía para médicos que no son expertos en ELA. Les ayuda a pensar antes en la ELA y a enviar más rápido a las personas a una clínica de ELA.",
  whoItIsFor:
    "Médicos y otros profesionales de la salud que no son especialistas en ELA. Es una guía, no una prueba: no puede determinar si alguien tiene ELA.",
  whatItDoes:
    "Ayuda a un médico a notar las señales que deberían hacerle sospechar ELA y, después, a enviar a la persona a una clínica especializada en ELA. Pide a los médicos que escriban \"clinical suspicion for ALS\" (sospecha clínica de ELA) en la remisión. La mayoría de los centros de ELA de EE. UU. pueden atender una remisión urgente en un plazo de dos semanas.",
  results:
    "La necesidad de thinkALS surgió de una mesa redonda de la ALS Association sobre cómo acortar el tiempo hasta el diagnóstico.\n\nUna investigación dirigida por la ALS Association usó registros de Medicare de EE. UU. de 2011 a 2021. Desde la primera consulta, los especialistas en ELA y en nervios y músculos tardaron en promedio 9.6 meses en hacer un diagnóstico (la mitad de las personas esperó 4.5 meses o menos). Los neurólogos que no eran especialistas en ELA tardaron en promedio 16.7 meses (la mitad esperó 9 meses o menos). Las fuentes no dan cifras sobre cuánto se ha usado thinkALS.",
  howToTakePart:
    "Está pensado para profesionales de la salud. Si le preocupan posibles señales de ELA, podría hablarle a su propio médico sobre thinkALS.",
  changes: [
    "Se agregaron las cifras del tiempo hasta el diagnóstico del comunicado de la ALS Association de diciembre de 2024; se eliminó un detalle sobre cómo encontrar clínicas por código postal que no aparece en ninguna fuente que pudimos revisar.",
  ],
});
