import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "a2b0cc08172a",
  summary:
    "Ulefnersen es un medicamento experimental. Está pensado para la ELA por FUS, una forma genética poco común de ELA. En noviembre de 2024 estaba en un ensayo grande llamado FUSION. No estaba aprobado.",
  developer: "Ionis, con Otsuka",
  trialPhase: "fase 3 (el ensayo FUSION)",
  whoItIsFor:
    "A noviembre de 2024, se estaba probando en personas con ELA por FUS, una forma de ELA causada por un cambio en el gen FUS. No estaba aprobado.\n\n**Cómo preguntar:** pregunte a su neurólogo o a su clínica de ELA si tiene sentido que usted se haga una prueba genética. Una prueba genética es la forma de encontrar un cambio en FUS.",
  howItWorks:
    "Es un oligonucleótido antisentido (ASO), el mismo tipo de medicamento que tofersen. Está diseñado para impedir que el cuerpo produzca la proteína FUS.",
  howItIsGiven: {
    route: "En el ensayo, una inyección en el líquido espinal en la parte baja de la espalda (intratecal), mediante una punción lumbar.",
    dose: "No establecida: todavía estaba en ensayos.",
    schedule:
      "En el ensayo, cada 4 a 12 semanas al principio, y luego cada 12 semanas en la parte del ensayo en la que todos reciben el medicamento.",
    whoGivesIt: "El equipo del ensayo.",
  },
  evidence:
    "**FUSION.** El ensayo de fase 3 inscribió a más de 80 personas en 25 centros de 16 países. Ionis y Otsuka dijeron que su parte principal debería terminar en la segunda mitad de 2026. Todavía no hemos encontrado resultados.\n\n**Un estudio anterior pequeño.** Antes de FUSION, 12 personas con ELA por FUS recibieron el medicamento (entonces llamado jacifusen) una por una, mediante acceso ampliado, en EE. UU. y Suiza. No hubo grupo de comparación. Un marcador de daño a los nervios en el líquido espinal (NfL) bajó hasta un 83% después de seis meses. Aun así, la mayoría de las personas empeoró. Una persona volvió a caminar y a respirar por sí misma, y otra se mantuvo sin síntomas.",
  sideEffects: {
    warnings: [],
    common: [
      "En el estudio pequeño de 12 personas: dolor de espalda (la mitad de ellas), dolor de cabeza, ganas de vomitar (náuseas) y dolor de cabeza después de la punción lumbar",
    ],
    note: "En ese estudio, ningún efecto secundario grave se atribuyó al medicamento. Los estudios pequeños no pueden mostrar todos los efectos secundarios. Pregunte al equipo del ensayo a qué debe estar atento.",
  },
  timeline: [
    "El ensayo FUSION figura en ClinicalTrials.gov.",
    "Otsuka obtiene de Ionis la licencia de ulefnersen.",
    "El pequeño estudio de acceso ampliado de 12 personas se publica en The Lancet.",
  ],
  questions: [
    "¿Debería hacerme una prueba genética para saber si tengo un cambio en FUS?",
    "¿Está abierto para mí el ensayo FUSION, o uno posterior, y dónde se realiza?",
    "¿Qué implicaría participar para mí y para mi familia?",
    "Mientras espero, ¿qué tratamientos aprobados son adecuados para mí ahora?",
  ],
  changes: [
    "Se volvió a revisar con el registro del ensayo y las declaraciones de las compañías; se agregó cómo se administra en el ensayo y el estudio anterior de 12 personas.",
  ],
});
