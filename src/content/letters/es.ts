import { letterSchema } from '#schemas/letter.ts';

// Spanish. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Estimada colega, estimado colega:',
  paragraphs: [
    'Internet y las redes sociales desempeñan un papel profundamente positivo en nuestras vidas y en nuestras sociedades. Sin embargo, también son utilizados por extremistas violentos para promover sus fines, ya sea mediante la interacción, la propaganda, la radicalización o la captación. Así ocurre especialmente en el contexto del flujo de los denominados combatientes extranjeros y de los llamamientos a la «yihad electrónica» a los que se enfrenta la UE.',
    'Internet está gestionado en gran medida por empresas privadas que, junto con la sociedad civil, disponen de los mejores conocimientos especializados en este ámbito. Por el contrario, son las autoridades policiales y los servicios de inteligencia quienes poseen el mejor conocimiento de las actividades terroristas. Por consiguiente, el diálogo entre los sectores público y privado es un enfoque necesario para determinar los mejores instrumentos con los que reducir el uso de internet y de las redes sociales con fines terroristas.',
    'En su Comunicación «Prevenir la radicalización hacia el terrorismo y el extremismo violento: una respuesta más firme de la UE», la Comisión Europea propuso crear un foro con los principales agentes del sector de internet para debatir los retos que plantea la propaganda terrorista en línea, intercambiar experiencias y explorar las posibilidades de una cooperación más estrecha. Asimismo, esta propuesta figura en el proyecto de directrices sobre la lucha contra el extremismo violento que se presentará al Consejo de Justicia y Asuntos de Interior el {councilDate}.',
    'La Unión Europea y los ministros del Interior tienen un gran interés en intensificar el diálogo con las principales empresas del sector de internet sobre cuestiones de preocupación común relacionadas con la radicalización en línea y con otros aspectos de la relación entre los sectores público y privado. Por ello, ofreceremos una **cena ministerial el {date}**. El objetivo de este encuentro es debatir los retos y las oportunidades que se nos presentan.',
  ],
  topicsIntro: 'En particular, durante el debate desearíamos abordar las siguientes cuestiones:',
  audience: 'Los destinatarios de la presente invitación son {audience}.',
  venue:
    'La cena tendrá lugar el {date} a las {time} en Luxemburgo ({place}), en vísperas de la sesión del {occasion}.',
  reply:
    'Le agradeceríamos que confirmara su asistencia **a más tardar el {deadline}** en la siguiente dirección de correo electrónico funcional: {mailbox}',
  lookForward: 'Esperamos tener el placer de recibirle en Luxemburgo el {date}.',
  closing: 'Atentamente,',
  translation: {
    originalPrevails: 'Esta es una traducción. Prevalece el original en inglés.',
    event: {
      topics: [
        'Los retos que plantea el uso de internet por parte de los terroristas y las posibles respuestas: herramientas y técnicas para responder a las actividades terroristas en línea, con especial atención al desarrollo de iniciativas específicas de contranarrativa; medidas voluntarias y de autorregulación (por ejemplo, mecanismos de señalización y denuncia); medidas impulsadas por las autoridades policiales (por ejemplo, unidades de notificación de contenidos de internet, investigaciones, etc.);',
        'Los retos de seguridad relacionados con internet en el contexto de las relaciones más amplias con las principales empresas del sector de internet, teniendo en cuenta las exigencias de las garantías procesales y los derechos fundamentales;',
        'Formas de generar confianza y lograr una mayor transparencia.',
      ],
      audience: {
        minister: 'los ministros del Interior de los Estados miembros',
        coordinator: 'el Coordinador de la UE de la Lucha contra el Terrorismo',
        industry: 'representantes de alto nivel de las principales empresas del sector de internet',
      },
    },
  },
});
