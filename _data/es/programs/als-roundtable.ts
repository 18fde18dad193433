import { defineProgramTranslation } from "../../../src/model/schemas/translations.ts";

export default defineProgramTranslation({
  translatedFrom: "82915894af16",
  runBy: "La ALS Association (Asociación de ELA de EE. UU.)",
  started: "2019",
  summary:
    "Desde 2019, la ALS Association ha reunido a toda la comunidad de la ELA en una misma mesa, cada primavera y cada otoño. Participan personas con ELA, cuidadores, médicos y otras personas. Cada reunión aborda un gran problema y sugiere formas de resolverlo.",
  whoItIsFor:
    "Participan personas que viven con ELA, cuidadores, profesionales clínicos (médicos y otro personal de atención), investigadores de universidades, personas de la industria y funcionarios de agencias del gobierno.",
  whatItDoes:
    "Organiza reuniones guiadas (facilitadas) dos veces al año, en primavera y en otoño. Cada reunión analiza un desafío importante de la ELA y recomienda soluciones. Luego, la ALS Association trabaja con expertos para mejorar esas ideas y ponerlas en práctica.\n\nLas reuniones también ayudan a definir los planes de la Asociación sobre los ensayos clínicos, sobre cómo se revisan los nuevos medicamentos y cómo se accede a ellos, y sobre cómo se pagan los tratamientos para la ELA.",
  results:
    "La publicación de la ALS Association sobre la mesa redonda relaciona cuatro programas con sus conversaciones:\n\n- **thinkALS**, una guía para médicos, creada después de que los miembros de la mesa redonda dijeran que acortar el tiempo hasta el diagnóstico era fundamental\n- **ALS Focus**, cuyas encuestas usó la mesa redonda (ALS Focus en sí empezó antes, a partir de otro trabajo)\n- **My ALS Journey**, un sitio web para planificar\n- la campaña de información sobre las **pruebas genéticas**\n\nLas fuentes no dan otras cifras.",
  howToTakePart:
    "La página del programa no dice cómo participar en una reunión. Puede comunicarse con la ALS Association para preguntar.",
  changes: [
    "Se corrigió la relación entre ALS Focus y la mesa redonda: la mesa redonda usó encuestas de ALS Focus; ALS Focus no surgió de ella.",
  ],
});
