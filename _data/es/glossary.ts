import { defineGlossaryTranslation } from "../../src/model/schemas/translations.ts";

export default defineGlossaryTranslation({
  translatedFrom: "34b8601928ee",
  entries: {
    "Accelerated approval": {
      term: "Aprobación acelerada",
      definition:
        "Una vía más rápida para que la Administración de Alimentos y Medicamentos de EE. UU. (FDA) apruebe un medicamento para una enfermedad grave. La aprobación puede basarse en una señal temprana de que el medicamento podría ayudar, como un cambio en un análisis de sangre, y después la compañía debe hacer otro ensayo para confirmar el beneficio.",
    },
    "ALS Functional Rating Scale – Revised": {
      term: "Escala de valoración funcional de la ELA – revisada",
      definition:
        "Un cuestionario que se usa para poner una puntuación a qué tan bien una persona con ELA maneja tareas diarias como hablar, tragar, escribir, caminar y respirar. Una puntuación que baja significa más pérdida de función.",
    },
    "Amyotrophic lateral sclerosis": {
      term: "Esclerosis lateral amiotrófica",
      abbreviation: "ELA",
      also: ["enfermedad de Lou Gehrig"],
      definition:
        "Una enfermedad que daña poco a poco las células nerviosas del cerebro y de la médula espinal que controlan los músculos (neuronas motoras). Con el tiempo, las personas pierden el control de sus músculos. Todavía no hay cura.",
    },
    "Antisense oligonucleotide": {
      term: "Oligonucleótido antisentido",
      definition:
        "Una cadena corta y artificial de material genético, hecha para pegarse a una molécula mensajera en particular (ARN mensajero) dentro de la célula. Esto puede impedir que la célula use ese mensaje para producir una proteína dañina.",
    },
    "Confirmatory trial": {
      term: "Ensayo confirmatorio",
      definition:
        "Un estudio que se hace después de que un medicamento ha recibido aprobación acelerada, para comprobar que de verdad ayuda a las personas. Si el beneficio no se confirma, la aprobación se puede retirar.",
    },
    "Endoplasmic reticulum": {
      term: "Retículo endoplasmático",
      definition:
        "Una red de membranas plegadas dentro de una célula donde se fabrican y se les da forma a muchas proteínas. Cuando el retículo está sobrecargado, la célula queda bajo estrés.",
    },
    "Free radicals": {
      term: "Radicales libres",
      definition:
        "Moléculas inestables que se forman de manera natural en el cuerpo, por ejemplo cuando las células producen energía. En grandes cantidades pueden dañar las células.",
    },
    "Functional Independence Measure": {
      term: "Medida de independencia funcional",
      definition:
        "Una herramienta de puntuación que muestra cuánta ayuda necesita una persona con las actividades diarias. Su parte motora incluye cosas como comer, lavarse, vestirse y moverse de un lugar a otro; una puntuación más alta significa que la persona puede hacer más cosas por sí misma.",
    },
    "FUS-ALS": {
      term: "ELA por FUS",
      definition:
        "Una forma de ELA causada por un cambio (mutación) en un gen llamado FUS. Es una de las formas genéticas de la ELA.",
    },
    "Genetic counseling": {
      term: "Asesoramiento genético",
      also: ["consejo genético"],
      definition:
        "Conversaciones con un especialista capacitado que explica lo que una prueba genética puede mostrar y lo que no puede mostrar. Le ayudan a usted y a su familia a entender el resultado y lo que podría significar para sus parientes.",
    },
    Glutamate: {
      term: "Glutamato",
      definition:
        "Un mensajero químico que las células nerviosas usan para pasarse señales entre sí. Una cantidad excesiva puede sobreexcitar a las células nerviosas y dañarlas.",
    },
    Intrathecal: {
      term: "Intratecal",
      definition:
        "Que se administra en el líquido que rodea el cerebro y la médula espinal (el líquido cefalorraquídeo), por lo general mediante una punción espinal (punción lumbar).",
    },
    "Lumbar puncture": {
      term: "Punción lumbar",
      also: ["punción espinal"],
      definition:
        "Un procedimiento en el que se introduce una aguja delgada entre dos huesos de la parte baja de la espalda para sacar parte del líquido que rodea la médula espinal, o para inyectar algo en ese líquido.",
    },
    Mitochondria: {
      term: "Mitocondrias",
      definition:
        "Partes diminutas dentro de las células que convierten los alimentos y el oxígeno en energía que la célula puede usar. A menudo se les llama las centrales eléctricas de la célula.",
    },
    "Multidisciplinary clinic": {
      term: "Clínica multidisciplinaria",
      definition:
        "Una clínica donde un equipo de distintos especialistas, como médicos, enfermeras, terapeutas y dietistas, trabajan juntos y pueden atender a una persona durante una sola visita.",
    },
    Myelitis: {
      term: "Mielitis",
      definition:
        "Hinchazón e irritación (inflamación) de la médula espinal. Puede causar debilidad, entumecimiento o dolor, y necesita atención médica rápida.",
    },
    "Neurofilament light chain": {
      term: "Cadena ligera de neurofilamentos",
      definition:
        "Una proteína del interior de las células nerviosas. Cuando las células nerviosas se dañan, esta proteína se escapa y se puede medir en la sangre o en el líquido espinal, por eso se usa como marcador de daño en los nervios.",
    },
    "Oxidative stress": {
      term: "Estrés oxidativo",
      definition:
        "Daño que ocurre cuando el cuerpo tiene más radicales libres de los que puede eliminar. Puede dañar las células, incluidas las células nerviosas.",
    },
    "Phase 3": {
      term: "Fase 3",
      also: ["fase III"],
      definition:
        "Un ensayo grande, que suele ser uno de los últimos pasos antes de que un tratamiento pueda ser aprobado. Prueba si el tratamiento funciona y es seguro en muchas personas, a menudo comparándolo con un placebo o con la atención habitual.",
    },
    Placebo: {
      term: "Placebo",
      definition:
        "Un tratamiento simulado que se ve igual que el real pero no contiene ningún medicamento activo. Los ensayos comparan un medicamento con un placebo para ver si el medicamento en sí hace una diferencia.",
    },
    "SOD1-ALS": {
      term: "ELA por SOD1",
      definition:
        "Una forma de ELA causada por un cambio (mutación) en el gen SOD1. El cambio produce una forma dañina de la proteína SOD1 que daña las células nerviosas que controlan los músculos.",
    },
    "Superoxide dismutase 1": {
      term: "Superóxido dismutasa 1",
      definition:
        "Un gen, y la proteína que ese gen produce. Normalmente, la proteína ayuda a eliminar los radicales libres de las células; algunos cambios en el gen causan la ELA por SOD1.",
    },
  },
});
