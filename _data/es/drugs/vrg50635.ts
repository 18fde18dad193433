import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "64911791d14c",
  summary:
    "VRG50635 era un medicamento experimental de Verge Genomics para la ELA. Su desarrollo se detuvo después de que no superó una revisión planificada de si funcionaba, en un ensayo temprano. No está aprobado.",
  developer: "Verge Genomics",
  trialPhase: "un ensayo de fase 1",
  stoppedReason:
    "no superó una revisión planificada de si funcionaba (un análisis de eficacia especificado de antemano), y el ensayo se terminó antes de tiempo.",
  whoItIsFor:
    "Nadie: el desarrollo se ha detenido y el ensayo se terminó. Se había probado en personas con ELA en Canadá y Europa.",
  howItWorks:
    "Es un medicamento de molécula pequeña: un medicamento hecho a partir de una sustancia química pequeña. Bloquea una proteína llamada PIKfyve. Se descubrió con la ayuda de los modelos por computadora de la compañía (inteligencia artificial).",
  howItIsGiven: {
    route: "Por la boca, según se informó cuando el ensayo estaba en curso.",
    dose: "Ninguna: el desarrollo se ha detenido.",
    schedule: "Ninguno: el desarrollo se ha detenido.",
  },
  evidence:
    "En noviembre de 2024, el ensayo de fase 1b había terminado de inscribir participantes y estaba probando dosis más altas. Más tarde, Verge Genomics le dijo a Fierce Biotech que el medicamento no había superado una revisión planificada de si funcionaba. El ensayo se terminó y no pasó a una etapa en la que todos reciben el medicamento. El motivo que da el registro del ensayo es \"falta de datos de riesgo-beneficio\".",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    "El ensayo de fase 1b había terminado de inscribir participantes y estaba probando dosis más altas.",
  ],
  questions: [
    "VRG50635 ya no se está desarrollando. ¿Qué tratamientos aprobados son adecuados para mí ahora?",
    "¿Hay otros ensayos en los que podría participar?",
  ],
  changes: [
    "Se corrigió el estado: el desarrollo de VRG50635 se ha detenido. La página antes decía que se estaba probando en ensayos clínicos.",
  ],
});
