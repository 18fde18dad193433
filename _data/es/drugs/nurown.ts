import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "32f0dd5a3dc8",
  summary:
    "NurOwn es un tratamiento experimental hecho con las propias células de médula ósea de la persona. Los asesores de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) votaron en contra en 2023, y en 2025 se planificó un nuevo ensayo. No estaba aprobado.",
  developer: "BrainStorm Cell Therapeutics",
  trialPhase: "fase 3b (el ensayo ENDURANCE, planificado)",
  whoItIsFor:
    "En mayo de 2025 se planificó un nuevo ensayo, ENDURANCE, para personas con síntomas tempranos y una forma moderada de ELA. NurOwn no estaba aprobado.\n\n**Cómo preguntar:** pregunte a su neurólogo o a su clínica de ELA si ENDURANCE, u otro ensayo de NurOwn, está buscando participantes cerca de usted.",
  howItWorks:
    "Los médicos sacan una pequeña cantidad de médula ósea de la persona. En un laboratorio, durante unos seis días, ciertas células de esa médula (células madre mesenquimales) se cultivan y se transforman para que liberen grandes cantidades de sustancias que apoyan a las células nerviosas (factores neurotróficos). Las células no se modifican genéticamente.",
  howItIsGiven: {
    route: "Una inyección de las propias células tratadas de la persona en el líquido espinal (intratecal).",
    dose: "No establecida: todavía estaba en ensayos.",
    schedule:
      "En el ensayo planificado, cada 8 semanas: 3 dosis de NurOwn o de un tratamiento simulado (placebo) durante 24 semanas, y luego 3 dosis de NurOwn para todos durante otras 24 semanas.",
    whoGivesIt: "El equipo del ensayo.",
  },
  evidence:
    "**Los asesores de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) votaron en contra.** BrainStorm pidió a la FDA que aprobara NurOwn con base en un ensayo anterior de fase 3. El 27 de septiembre de 2023, un comité asesor de la FDA concluyó, por una votación de 17 a 1 (con 1 abstención), que la evidencia no demostraba que NurOwn fuera eficaz en la ELA leve a moderada. La compañía retiró su solicitud el 3 de noviembre de 2023.\n\n**Un nuevo ensayo.** El 9 de abril de 2024, la FDA aceptó el diseño de un nuevo ensayo de fase 3b (una evaluación especial del protocolo). Ese ensayo, ENDURANCE, planea inscribir a 200 personas.",
  sideEffects: { warnings: [], common: [] },
  timeline: [
    "Un comité asesor de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) vota 17 a 1 en contra de NurOwn.",
    "BrainStorm retira su solicitud de aprobación.",
    "La FDA acepta el diseño de un ensayo de fase 3b.",
    "El ensayo ENDURANCE figura como todavía sin buscar participantes, con un inicio previsto para junio de 2025.",
  ],
  questions: [
    "¿Está buscando participantes el ensayo ENDURANCE, y hay un centro cerca de mí?",
    "¿Qué implicaría participar, incluida la muestra de médula ósea?",
    "¿Participar en este ensayo me impediría participar en otros, o tomar medicamentos aprobados para la ELA?",
    "Mientras espero, ¿qué tratamientos aprobados son adecuados para mí ahora?",
  ],
  changes: [
    "Se reemplazó \"etapa avanzada\" por la historia real: los asesores de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) votaron en contra de NurOwn, la solicitud fue retirada y se planificó un ensayo de fase 3b.",
  ],
});
