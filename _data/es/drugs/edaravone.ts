import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "44fc78980d6f",
  summary:
    "La edaravona (Radicava) se aprobó para la ELA en Estados Unidos en 2017. En un ensayo de 6 meses, las personas que la recibieron perdieron la función diaria más lentamente. Se administra por goteo en una vena o, desde 2022, como un líquido por la boca. No es una cura.",
  approvedBy: "Administración de Alimentos y Medicamentos de EE. UU. (FDA)",
  whoItIsFor:
    "La edaravona está aprobada para personas con ELA. La etiqueta no la limita a un solo tipo de ELA.\n\n**Cómo preguntar:** pregunte a su neurólogo o a su clínica de ELA si la edaravona podría ayudarle, y si le convendría más el goteo (IV) o el líquido que se traga (Radicava ORS).",
  howItWorks:
    "Nadie sabe exactamente cómo actúa la edaravona en la ELA. Atrapa (captura) los radicales libres, moléculas inestables que pueden dañar las células, y esto podría ayudar a proteger las células nerviosas que controlan los músculos.",
  howItIsGiven: {
    route:
      "De dos formas: por goteo en una vena (una infusión intravenosa o IV), o como un líquido que se traga o se pasa por una sonda de alimentación (Radicava ORS, una suspensión oral).",
    dose: "Por goteo: 60 mg, administrados durante 60 minutos. Como líquido: 105 mg (5 mL), por la mañana después de una noche sin comer; luego, nada más que agua durante 1 hora.",
    schedule:
      "En ciclos. Primer ciclo: todos los días durante 14 días, luego 14 días de descanso. Ciclos siguientes: 10 días de cada 14, luego 14 días de descanso.",
  },
  evidence:
    "La FDA aprobó la edaravona con base en los resultados de un ensayo de 6 meses en Japón con 137 personas. A las 24 semanas, las personas que recibieron edaravona habían perdido menos función diaria en la escala ALSFRS-R que las personas que recibieron un tratamiento sin medicamento (placebo): unos 2.5 puntos menos. La compañía lo describe como un 33% menos de deterioro. No se sabe si la edaravona ayuda a las personas a vivir más tiempo. No es una cura.\n\nEl líquido (Radicava ORS) se aprobó en mayo de 2022.",
  sideEffects: {
    warnings: [
      "**Reacciones alérgicas,** incluida una grave (anafilaxia), con señales como ronchas, hinchazón o dificultad para respirar.",
      "**Reacciones a los sulfitos.** El goteo contiene bisulfito de sodio, un sulfito, que puede causar reacciones alérgicas, incluidos ataques de asma que ponen en peligro la vida. Las reacciones a los sulfitos son más comunes en las personas con asma.",
    ],
    common: [
      "Moretones (contusión): 15 de cada 100 personas, frente a 9 de cada 100 con placebo",
      "Dificultad para caminar (alteración de la marcha): 13 de cada 100, frente a 9 de cada 100",
      "Dolor de cabeza: 10 de cada 100, frente a 6 de cada 100",
      "Inflamación de la piel (dermatitis): 8 de cada 100, frente a 5 de cada 100",
      "Eccema: 7 de cada 100, frente a 4 de cada 100",
    ],
  },
  monitoring: [
    "**Antes de empezar:** avise a su equipo de atención si tiene asma o si alguna vez ha tenido una reacción a los sulfitos o a otros medicamentos.",
    "**Mientras la recibe:** la etiqueta pide que se vigile atentamente a las personas por si tienen reacciones alérgicas. Si ocurre una, se suspende la edaravona y se trata la reacción.",
  ],
  timeline: [
    "La FDA aprueba la edaravona (Radicava) como goteo en una vena.",
    "La FDA aprueba el líquido por la boca, Radicava ORS.",
  ],
  questions: [
    "¿Es la edaravona adecuada para mí?",
    "¿Me convendría más el goteo (IV) o el líquido por la boca (Radicava ORS)?",
    "¿Cómo encajarían los ciclos de 14 días con mi trabajo, mi familia y mis otros cuidados?",
    "Si tengo una sonda de alimentación, o me ponen una más adelante, ¿puedo tomar el líquido a través de ella?",
    "Tengo asma o alergia a los sulfitos: ¿es segura la edaravona para mí?",
    "¿Cuánto me costará y lo pagará mi seguro?",
  ],
  changes: [
    "Se agregaron las advertencias de la etiqueta (reacciones alérgicas y a los sulfitos), sus efectos secundarios más comunes, a qué hay que estar atento y la dosis del líquido (105 mg). Antes, la página decía que no se habían informado efectos secundarios y que las fuentes no dan una dosis para el líquido: ambas cosas eran incorrectas.",
    "Se describió el ensayo en el que se basó la aprobación, y que la cifra del 33% es la descripción que hace la compañía.",
  ],
});
