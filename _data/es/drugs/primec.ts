import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "be9541ac0c73",
  summary:
    "PrimeC es un medicamento experimental para la ELA. Combina en una sola pastilla dos medicamentos que ya se usan. En diciembre de 2024 se estaba planificando un ensayo más grande. No estaba aprobado.",
  developer: "NeuroSense Therapeutics",
  trialPhase: "fase 3 (el ensayo PARAGON, planificado)",
  whoItIsFor:
    "En diciembre de 2024 se estaba estudiando en personas con ELA, y no estaba aprobado. Las fuentes que revisamos no indican los requisitos para participar en el ensayo planificado.\n\n**Cómo preguntar:** pregunte a su neurólogo o a su clínica de ELA si hay un ensayo de PrimeC buscando participantes cerca de usted.",
  howItWorks:
    "Combina dos medicamentos que ya están aprobados para otros usos: ciprofloxacino (un antibiótico) y celecoxib (un medicamento para el dolor y antiinflamatorio), en una forma que se libera lentamente (liberación prolongada). Las fuentes que revisamos no explican cómo la combinación podría ayudar en la ELA.",
  howItIsGiven: {
    route: "Por la boca.",
    dose: "No establecida: todavía estaba en ensayos.",
    schedule: "No establecido: todavía estaba en ensayos.",
  },
  evidence:
    "**El ensayo de fase 2b, PARADIGM,** tuvo 68 personas, tratadas durante 6 meses con PrimeC o con una pastilla simulada (placebo). Cumplió su objetivo principal, que era sobre la seguridad y qué tan bien podían tomarlo las personas. La compañía informó una pérdida más lenta de la función diaria con PrimeC (una diferencia del 29% en la escala ALSFRS-R), pero el ensayo no estaba diseñado para demostrarlo.\n\n**Después de 6 meses,** todas las personas que recibían placebo también recibieron PrimeC. Por eso, las cifras a 12 meses que informó la compañía (por ejemplo, un deterioro 36% más lento) comparan a las personas que empezaron temprano con las que empezaron 6 meses después, no PrimeC con placebo.\n\n**El siguiente ensayo.** En diciembre de 2024, NeuroSense planificó un ensayo de fase 3, PARAGON, de unas 300 personas (2 con PrimeC por cada 1 con placebo), con la esperanza de empezar a mediados de 2025. Un informe posterior, sin fecha, dijo que la Administración de Alimentos y Medicamentos de EE. UU. (FDA) había autorizado el inicio del ensayo y que la compañía todavía estaba reuniendo el dinero para realizarlo. No hemos encontrado ninguna fuente que diga que el ensayo empezó a inscribir participantes.",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    "NeuroSense informa los resultados a 12 meses de PARADIGM y de su extensión abierta.",
    "NeuroSense dice que planea un ensayo de fase 3 de unas 300 personas (2 con PrimeC por cada 1 con placebo), con el objetivo de empezar a inscribir participantes a mediados de 2025.",
  ],
  questions: [
    "¿Hay un ensayo de PrimeC buscando participantes, y hay un centro cerca de mí?",
    "¿Qué implicaría participar?",
    "¿Participar en este ensayo me impediría participar en otros, o tomar medicamentos aprobados para la ELA?",
    "Mientras espero, ¿qué tratamientos aprobados son adecuados para mí ahora?",
  ],
  changes: [
    "Se corrigió el estado: PrimeC no estaba en un ensayo de fase 3. A diciembre de 2024, se estaba planificando uno. Un informe posterior dijo que la Administración de Alimentos y Medicamentos de EE. UU. (FDA) autorizó su inicio; no encontramos ninguna fuente que diga que empezó a inscribir participantes.",
  ],
});
