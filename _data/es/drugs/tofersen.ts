import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "bfcc04b2f898",
  summary:
    "Tofersen (Qalsody) está aprobado para adultos cuya ELA se debe a un cambio en el gen SOD1, por lo que primero hay que hacerse una prueba genética. Se aprobó en Estados Unidos en abril de 2023. No es una cura.",
  developer: "Biogen, que lo desarrolló con Ionis",
  approvedBy: "Administración de Alimentos y Medicamentos de EE. UU. (FDA)",
  whoItIsFor:
    "Tofersen está aprobado para adultos con ELA que tienen un cambio (mutación) en el gen SOD1. Esta forma de ELA se llama ELA por SOD1. Representa alrededor del 2% de la ELA. En el momento de la aprobación, Biogen calculó que en EE. UU. había unas 330 personas con ella.\n\n**Cómo preguntar:** primero pregunte a su neurólogo o a su clínica de ELA sobre las pruebas genéticas. Si la prueba encuentra un cambio en SOD1, pregunte si tofersen es adecuado para usted y dónde podría recibirlo.",
  howItWorks:
    "En la ELA por SOD1, un gen SOD1 defectuoso produce una forma dañina de la proteína SOD1. Esta proteína daña las células nerviosas que controlan los músculos (neuronas motoras).\n\nLa célula lee las instrucciones del gen a partir de una molécula mensajera (ARN mensajero). Tofersen es un oligonucleótido antisentido (ASO): se pega al ARN mensajero de SOD1 para que el mensaje se destruya. Entonces la célula produce menos proteína SOD1.",
  howItIsGiven: {
    route:
      "Una inyección en el líquido que rodea la médula espinal (intratecal), mediante una punción espinal (punción lumbar) en la parte baja de la espalda.",
    dose: "100 mg (15 mL) cada vez.",
    schedule: "Tres dosis iniciales (dosis de carga), con 14 días de separación. Después, una dosis cada 28 días.",
    whoGivesIt: "Un profesional de la salud con experiencia en punciones espinales.",
  },
  evidence:
    "**Por qué se aprobó.** La FDA le dio a tofersen una aprobación acelerada porque redujo un marcador en la sangre del daño a los nervios, la cadena ligera de neurofilamentos (NfL), en la parte líquida de la sangre (plasma). Fue el primer tratamiento para la ELA aprobado de esta forma. Que siga aprobado puede depender de otro ensayo que confirme que ayuda a las personas (un ensayo confirmatorio). Ese ensayo se llama ATLAS: incluye a personas que tienen el cambio en SOD1 pero que aún no tienen síntomas.\n\n**El primer ensayo.** El primer ensayo duró 28 semanas. No alcanzó su objetivo principal, que era frenar la pérdida de la función diaria.\n\n**Seguimiento más largo.** Un informe de 2025 siguió a las personas durante hasta 148 semanas. Las personas que empezaron tofersen pronto perdieron menos función en la escala ALSFRS-R (9.9 puntos) que las que empezaron 6 meses después (13.5 puntos). El estudio no se diseñó para demostrar esta diferencia.\n\n**Estudios pequeños en la atención diaria.** No tenían un grupo de comparación (no eran controlados), así que no pueden mostrar cuánto ayudó tofersen:\n\n- **Washington University in St. Louis:** 7 personas tratadas desde noviembre de 2021, antes de la aprobación, hasta febrero de 2024. El NfL en la sangre bajó en promedio alrededor de un 58%. Su puntuación de la función diaria (ALSFRS-R) subió en promedio 1.1 puntos, y una puntuación de independencia en la vida diaria (la parte motora de la Functional Independence Measure, o Medida de Independencia Funcional) subió unos 5 puntos. Varias de estas personas también recibieron rehabilitación como pacientes ambulatorios.\n- **Italia:** de 17 personas seguidas durante al menos 48 semanas, 9 se mantuvieron en su mayoría estables o mejoraron un poco, 4 empeoraron y, en el resto, la enfermedad avanzó con demasiada lentitud para poder juzgar.\n- **Alemania:** la ALS Association (Asociación de ELA de EE. UU.) informa que 5 personas en un programa de acceso temprano empezaron a mantenerse estables o a mejorar después de 4 a 6 semanas, y que una ganó 9 puntos en la ALSFRS-R.\n\nTofersen no es una cura.",
  sideEffects: {
    warnings: [
      "**Inflamación de la médula espinal (mielitis) o de las raíces nerviosas (radiculitis).** En los estudios, 6 personas la tuvieron; 2 dejaron tofersen. Los síntomas desaparecieron en las 6.",
      "**Aumento de la presión dentro de la cabeza (presión intracraneal elevada), con hinchazón en la parte de atrás del ojo (papiledema).** En los estudios, 4 personas lo tuvieron, y desapareció con tratamiento.",
      "**Inflamación de las membranas que recubren el cerebro y la médula espinal, sin infección (meningitis aséptica o química).**",
    ],
    common: [
      "Dolor, por ejemplo en la espalda, los brazos o las piernas",
      "Cansancio (fatiga)",
      "Dolor en las articulaciones",
      "Más glóbulos blancos en el líquido espinal",
      "Dolor muscular",
    ],
    note: "En el conjunto de los ensayos, unas 7 de cada 100 personas con la dosis aprobada tuvieron uno de los problemas graves de los nervios descritos arriba. Todas menos una mejoraron, y ninguna murió por ellos.",
  },
  monitoring: [
    "**Antes de empezar:** una prueba genética que confirme un cambio en el gen SOD1.",
    "**Durante el tratamiento:** su equipo de atención vigila si aparecen señales de los problemas graves de los nervios descritos arriba, como debilidad nueva, entumecimiento o dolor, o un dolor de cabeza fuerte o cambios en la vista. Si aparece alguna, le hacen pruebas y pueden pausar o suspender tofersen.",
    "Avise de inmediato a su equipo de atención si tiene cualquiera de estas señales, incluso entre dosis.",
  ],
  cost:
    "Una semana después de la aprobación, un portavoz de Biogen dijo que el precio de lista es de $14,230 por dosis. Biogen calculó el costo del primer año, con sus 14 dosis, en unos $199,200. Lo que usted paga depende de su seguro: pregunte a su equipo de atención y a su aseguradora.",
  timeline: [
    "La Washington University in St. Louis empieza a tratar a las 7 personas de su informe con datos de la vida real, antes de la aprobación.",
    "La FDA le da a tofersen (Qalsody) una aprobación acelerada para adultos con ELA por SOD1.",
    "Se actualiza la etiqueta de EE. UU. (la versión más reciente que revisamos).",
    "Se publican los resultados de la Washington University.",
    "Se publican los resultados a largo plazo de los ensayos.",
  ],
  questions: [
    "¿Debería hacerme una prueba genética para saber si tengo un cambio en SOD1?",
    "¿Puedo hablar con un asesor genético antes y después de la prueba?",
    "Si tengo un cambio en SOD1, ¿qué tan pronto podría empezar tofersen y dónde me harían las punciones espinales?",
    "¿A qué señales de inflamación de la médula espinal o de los nervios, o de aumento de la presión en la cabeza, debo estar atento, y a quién llamo?",
    "¿Medirán mis niveles de NfL para ver cómo estoy respondiendo?",
    "¿Podrían mis familiares que tienen el cambio en SOD1 pero no tienen síntomas preguntar por el ensayo ATLAS?",
  ],
  changes: [
    "Se agregaron todas las advertencias de la etiqueta: inflamación de las raíces nerviosas (radiculitis), aumento de la presión dentro de la cabeza (papiledema) y meningitis aséptica. Antes, la página solo mencionaba la inflamación de la médula espinal (mielitis).",
    "Se corrigió el estudio italiano: se siguió a las personas durante al menos 48 semanas, no cuatro años, y 4 de las 17 empeoraron. El tratamiento en la Washington University empezó en noviembre de 2021, antes de la aprobación; su artículo se publicó en enero de 2025.",
    "Se dijo claramente que tofersen no es una cura, y se nombró la fuente del precio de lista.",
  ],
});
