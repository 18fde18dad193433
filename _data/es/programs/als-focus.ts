import { defineProgramTranslation } from "../../../src/model/schemas/translations.ts";

export default defineProgramTranslation({
  translatedFrom: "01fa125bf183",
  runBy: "La ALS Association (Asociación de ELA de EE. UU.)",
  started: "Las fuentes no dan una fecha de inicio. Surgió de una encuesta anterior, IMPACT ALS.",
  summary:
    "ALS Focus es un programa de encuestas hecho por y para las personas con ELA y sus cuidadores. Lo que comparten ayuda a mejorar la forma en que se prueban los nuevos medicamentos, muestra dónde falla la atención y orienta las políticas.",
  whoItIsFor:
    "Personas que viven con ELA, y personas que cuidan o cuidaron a alguien con ELA. Una persona con ELA puede pedir que otra persona responda por ella (un representante). Para participar, usted debe tener 18 años o más, vivir en Estados Unidos, y leer y entender inglés.",
  whatItDoes:
    "Hace encuestas sobre cómo es realmente vivir con ELA, o cuidar a alguien que la tiene: experiencias, deseos y problemas. Las respuestas se usan para:\n\n- mejorar la forma en que se desarrollan y se prueban los nuevos tratamientos para la ELA\n- mostrar qué necesita cambiar en las políticas sobre la ELA\n- cerrar brechas en la atención de la ELA\n\nALS Focus es un estudio de investigación. Un comité de ética (un comité de revisión institucional) revisó sus métodos y concluyó que no implica más que un riesgo mínimo.",
  results:
    "ALS Focus surgió del trabajo de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) sobre las opiniones de los pacientes acerca de los nuevos medicamentos, y de una encuesta anterior llamada IMPACT ALS. Más de 1,500 personas de todo EE. UU. participaron en IMPACT ALS. Sus respuestas ayudaron a dar forma a un informe sobre las opiniones de las personas con ELA que se envió a la FDA en octubre de 2019. El ALS Roundtable Program también ha usado encuestas de ALS Focus.",
  howToTakePart:
    "Usted se inscribe en línea con su dirección de correo electrónico, acepta participar (consentimiento informado) y llena una encuesta breve sobre usted. Después, las nuevas encuestas le llegan por correo electrónico. La página \"About ALS Focus\" (Acerca de ALS Focus) tiene el enlace para empezar.",
  changes: [
    "Se corrigió el origen de ALS Focus: el trabajo de la Administración de Alimentos y Medicamentos de EE. UU. (FDA) sobre el desarrollo de medicamentos centrado en el paciente y la encuesta IMPACT ALS, no la mesa redonda. Se agregó quién puede participar y cómo inscribirse.",
  ],
});
