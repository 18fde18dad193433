import { defineDrugTranslation } from "../../../src/model/schemas/translations.ts";

export default defineDrugTranslation({
  translatedFrom: "5d2bf27d1e88",
  summary:
    "Relyvrio se aprobó para la ELA en Estados Unidos en 2022. Luego, un ensayo grande encontró que no dio mejores resultados que un tratamiento sin medicamento (placebo). En abril de 2024, su fabricante dijo que lo retiraría del mercado, y los pacientes nuevos ya no pueden empezarlo.",
  developer: "Amylyx Pharmaceuticals",
  approvedBy: "Administración de Alimentos y Medicamentos de EE. UU. (FDA)",
  whoItIsFor:
    "Los pacientes nuevos ya no pueden empezarlo en Estados Unidos ni en Canadá (desde el 4 de abril de 2024). Cuando se retiró, las personas que ya lo tomaban podían, junto con su médico, pasar a un programa de medicamento gratuito. No hemos encontrado una fuente que diga si ese programa sigue funcionando.\n\n**Cómo preguntar:** si lo toma ahora o lo tomó antes, pregunte a su neurólogo o a su clínica de ELA qué hacer a continuación y qué otras opciones son adecuadas para usted.",
  howItWorks:
    "Combina dos sustancias: fenilbutirato de sodio y taurursodiol (un ácido biliar). Las fuentes que revisamos no explican cómo se suponía que actuaría en la ELA.",
  howItIsGiven: {
    route: "Por la boca o por una sonda de alimentación: un polvo que se mezcla en 8 onzas (unos 240 mL) de agua a temperatura ambiente.",
    dose: "Un sobre (3 gramos de fenilbutirato de sodio y 1 gramo de taurursodiol).",
    schedule: "Una vez al día durante las primeras 3 semanas, luego dos veces al día, antes de un refrigerio o una comida.",
  },
  evidence:
    "**Por qué se aprobó.** En un ensayo de 24 semanas con 137 adultos (CENTAUR), las personas que tomaron Relyvrio perdieron la función diaria más lentamente que las que recibieron placebo: unos 0.42 puntos menos al mes en la escala ALSFRS-R.\n\n**El ensayo más grande.** PHOENIX, un ensayo de fase 3 con 664 adultos, no alcanzó su objetivo principal: Relyvrio no dio mejores resultados que el placebo (p = 0.667). Los resultados se anunciaron el 8 de marzo de 2024.",
  sideEffects: {
    warnings: [
      "**Diarrea peor en personas con problemas de ácidos biliares.** Relyvrio contiene taurursodiol, un ácido biliar. Las personas con trastornos que afectan la forma en que los ácidos biliares se mueven entre el hígado y el intestino pueden tener una diarrea peor.",
      "**Mucha sal.** Un sobre tiene 464 mg de sodio; dos sobres al día tienen 928 mg. Esto es importante para las personas con insuficiencia cardíaca, presión arterial alta o problemas de los riñones.",
    ],
    common: [
      "Diarrea: 25 de cada 100 personas, frente a 19 de cada 100 con placebo",
      "Dolor de estómago: 21 de cada 100, frente a 13 de cada 100",
      "Ganas de vomitar (náuseas): 18 de cada 100, frente a 13 de cada 100",
      "Resfriados y otras infecciones de las vías respiratorias altas: 18 de cada 100, frente a 10 de cada 100",
      "Cansancio (fatiga), más saliva y mareos",
    ],
    note: "Los efectos secundarios del estómago y del intestino fueron más comunes en las primeras 3 semanas.",
  },
  monitoring: [
    "Si tiene insuficiencia cardíaca, presión arterial alta o problemas de los riñones, la etiqueta pide a su equipo de atención que cuente la sal de cada dosis y que lo vigile de cerca.",
    "Si tiene un trastorno de la circulación de los ácidos biliares, su equipo de atención vigila si la diarrea empeora.",
  ],
  cost: "Al día siguiente de la aprobación, Amylyx fijó el precio de lista en unos $158,000 al año.",
  timeline: [
    "La FDA aprueba Relyvrio para la ELA.",
    "Amylyx anuncia que el ensayo PHOENIX no alcanzó su objetivo principal.",
    "Amylyx anuncia que retirará Relyvrio; los pacientes nuevos ya no pueden empezarlo.",
  ],
  questions: [
    "Tomo Relyvrio, o lo tomé antes: ¿qué debo hacer ahora?",
    "¿Todavía puedo recibirlo a través del programa de medicamento gratuito, y por cuánto tiempo?",
    "¿Qué tratamientos aprobados son adecuados para mí ahora?",
  ],
  changes: [
    "Se agregaron las advertencias de la etiqueta y sus efectos secundarios más comunes, su dosis y cómo se administra. Antes, la página decía que no se habían informado efectos secundarios y que las fuentes no dan una dosis.",
    "Se corrigió lo del retiro: el 4 de abril de 2024, Amylyx anunció que retiraría Relyvrio. Se quitaron dos cifras de PHOENIX que no da ninguna fuente que hayamos revisado.",
  ],
});
