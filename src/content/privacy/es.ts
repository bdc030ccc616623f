import { privacySchema } from '#schemas/privacy.ts';
import { es } from '#i18n/dictionaries/es.ts';

export default privacySchema.parse({
  title: es['nav.privacy'],
  intro:
    'La presente declaración explica cómo se tratan sus datos personales cuando responde a esta invitación, de conformidad con el Reglamento (UE) 2018/1725, relativo a la protección de las personas físicas en lo que respecta al tratamiento de datos personales por las instituciones, órganos y organismos de la Unión.',
  controller: {
    heading: 'Responsable del tratamiento',
  },
  purpose: {
    heading: 'Por qué tratamos sus datos',
  },
  legalBasis: {
    heading: 'Base jurídica',
    text: 'El tratamiento es necesario para el cumplimiento de una misión realizada en interés público por el responsable del tratamiento [artículo 5, apartado 1, letra a), del Reglamento (UE) 2018/1725]. Las necesidades alimentarias y de accesibilidad, que pueden revelar convicciones religiosas o datos relativos a la salud, solo se tratan con su consentimiento explícito [artículo 10, apartado 2, letra a)], que usted otorga al indicarlas y que puede retirar en cualquier momento.',
  },
  data: {
    heading: 'Qué datos',
  },
  recipients: {
    heading: 'Quién recibe sus datos',
    text: 'Únicamente el equipo organizador del responsable del tratamiento. Una notificación de cada respuesta (con su nombre, su respuesta y la indicación de qué partes de ella se han modificado, pero nunca con información sobre alimentación o accesibilidad) y un resumen diario de las respuestas se envían al buzón funcional de los organizadores. El personal del servicio de restauración y del lugar del acto recibe las necesidades alimentarias y de accesibilidad, en la medida de lo posible sin otros datos personales. {processor} almacena los datos por cuenta del responsable del tratamiento en calidad de encargado del tratamiento. Sus datos no se transfieren a otros terceros.',
  },
  logs: {
    heading: 'Registros técnicos',
    text: 'Este sitio web no guarda nombres, direcciones de correo electrónico ni enlaces personales en sus propios registros. El registro de solicitudes de la plataforma de alojamiento recoge la dirección de cada página solicitada, que en la primera visita incluye su enlace personal; el encargado del tratamiento conserva dicho registro durante un breve período únicamente por motivos de seguridad y funcionamiento.',
  },
  retention: {
    heading: 'Cuánto tiempo conservamos sus datos',
    text: 'Sus datos se suprimen automáticamente {days} días después del acto, pero nunca antes de que hayan transcurrido {floorDays} días desde su última modificación. Puede solicitar su supresión anticipada en cualquier momento.',
  },
  rights: {
    heading: 'Sus derechos',
    text: 'Tiene derecho a acceder a sus datos, a rectificarlos y a suprimirlos, a solicitar la limitación de su tratamiento o a oponerse a él, y a retirar su consentimiento al tratamiento de la información sobre alimentación y accesibilidad [artículos 17 a 24 del Reglamento (UE) 2018/1725]. Puede modificar directamente su respuesta hasta que finalice el plazo; para cualquier otra cuestión, escriba a {mailbox}.',
  },
  dpo: {
    heading: 'Delegado de protección de datos',
    text: 'Para cualquier cuestión relativa al tratamiento de sus datos personales, puede ponerse en contacto con el delegado de protección de datos del responsable del tratamiento en {dpo}.',
  },
  complaint: {
    heading: 'Derecho a presentar una reclamación',
  },
});
