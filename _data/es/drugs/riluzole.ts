import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "466ada6b6ade",
  summary:
    "El riluzol fue el primer medicamento aprobado para la ELA en Estados Unidos, en 1995. Se toma por la boca. En los estudios en los que se basó su aprobación, las personas vivieron en promedio unos tres meses más. No es una cura.",
  approvedBy: "Administración de Alimentos y Medicamentos de EE. UU. (FDA)",
  whoItIsFor:
    "El riluzol está aprobado para personas con ELA. Las etiquetas no lo limitan a un solo tipo de ELA.\n\n**Cómo preguntar:** dígale a su neurólogo o a su clínica de ELA que le gustaría hablar sobre el riluzol. Pregunte si es adecuado para usted y qué forma le resultaría más fácil: una tableta, un líquido o una película que se derrite en la lengua.",
  howItWorks:
    "Nadie sabe exactamente cómo ayuda el riluzol en la ELA; así lo dice la etiqueta. Una de las cosas que hace es reducir la liberación de glutamato, un mensajero químico que usan las células nerviosas para transmitir señales. Se cree que el exceso de glutamato daña las células nerviosas que controlan los músculos.",
  howItIsGiven: {
    route:
      "Por la boca. Viene como tableta (Rilutek), como líquido (Tiglutik), que también se puede dar por una sonda de alimentación, o como una película delgada que se derrite en la lengua (Exservan).",
    dose: "50 mg cada vez. En el caso del líquido, son 10 mL.",
    schedule: "Dos veces al día (cada 12 horas). Tome la tableta al menos 1 hora antes o 2 horas después de una comida.",
    whoGivesIt: "Lo toma usted mismo.",
  },
  evidence:
    "Cuando se aprobó el riluzol en 1995, el gobierno de EE. UU. dijo que, en dos estudios con más de 1,000 personas, hizo que las personas vivieran en promedio unos tres meses más. Lo calificó como un efecto modesto. El riluzol no detiene la ELA ni revierte el daño, y no es una cura.",
  sideEffects: {
    warnings: [
      "**Daño al hígado.** El riluzol puede dañar el hígado; en casos raros, esto ha sido mortal. En los estudios, el 2% de las personas tuvo un gran aumento de una enzima del hígado (ALT más de 5 veces lo normal). Si el hígado no funciona bien, se suspende el riluzol.",
      "**Glóbulos blancos bajos (neutropenia).** Esto hace que las infecciones sean más probables. Avise de inmediato a su equipo de atención si tiene fiebre.",
      "**Inflamación de los pulmones (enfermedad pulmonar intersticial).** Si ocurre, se suspende el riluzol.",
    ],
    common: [
      "Debilidad o falta de energía (astenia): unas 19 de cada 100 personas, frente a 12 de cada 100 con una pastilla sin medicamento (placebo)",
      "Ganas de vomitar (náuseas)",
      "Mareos",
      "Menor función de los pulmones",
      "Dolor de estómago",
      "Con la película o el líquido: sensación de adormecimiento en la boca (hipoestesia oral); con la película, 38 de cada 100 personas",
      "Con la película o el líquido: presión arterial alta",
    ],
  },
  monitoring: [
    "**Antes de empezar:** un análisis de sangre del hígado (enzimas del hígado, llamadas aminotransferasas). No se recomienda el riluzol si ya están a más de 5 veces el nivel normal.",
    "**Mientras lo toma:** más análisis de sangre del hígado. La etiqueta pide a los médicos que revisen si hay señales de daño al hígado cada mes durante los primeros 3 meses, y luego de vez en cuando. En los estudios, los mayores aumentos de las enzimas del hígado se produjeron dentro de los primeros 3 meses.",
    "**En cualquier momento:** avise a su equipo de atención si tiene fiebre, una tos nueva o problemas para respirar.",
  ],
  timeline: [
    "La FDA aprueba el riluzol (Rilutek), el primer medicamento para la ELA.",
    "La FDA aprueba una forma líquida, Tiglutik.",
    "La FDA aprueba una película que se derrite en la lengua, Exservan.",
  ],
  questions: [
    "¿Es el riluzol adecuado para mí?",
    "¿Qué forma me convendría más: la tableta, el líquido (Tiglutik) o la película en la lengua (Exservan)?",
    "¿Cuándo serán mis análisis de sangre del hígado y quién revisará los resultados?",
    "¿Cómo puedo acomodar en mi día una dosis cada 12 horas, lejos de las comidas?",
    "¿A qué efectos secundarios debo estar atento y a quién debo llamar si noto alguno?",
    "¿Puedo tomar el riluzol junto con otros medicamentos para la ELA?",
    "¿Cuánto me costará y lo pagará mi seguro?",
  ],
  changes: [
    "Se agregaron las advertencias de la etiqueta, sus efectos secundarios más comunes y los análisis de sangre del hígado necesarios antes y durante el tratamiento. Antes, la página decía que no se necesita ninguna prueba previa y que no se habían informado efectos secundarios: ambas cosas eran incorrectas.",
    "Se corrigió el beneficio en la supervivencia a unos tres meses en promedio, tal como lo indicó la FDA en 1995.",
  ],
});
