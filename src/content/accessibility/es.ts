import { accessibilitySchema } from '#schemas/accessibility.ts';
import { es } from '#i18n/dictionaries/es.ts';

export default accessibilitySchema.parse({
  title: es['nav.accessibility'],
  intro:
    'Queremos que todas las personas invitadas puedan leer esta invitación y responder a ella, de conformidad con la Directiva (UE) 2016/2102 sobre la accesibilidad de los sitios web y aplicaciones para dispositivos móviles de los organismos del sector público. La presente declaración abarca la invitación, las páginas de respuesta, la declaración de privacidad y esta página, en las 24 lenguas oficiales.',
  status: {
    heading: 'Situación de cumplimiento',
    text: 'Este sitio está diseñado para cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 en el nivel AA, es decir, los requisitos de la norma armonizada EN 301 549. No nos consta ningún incumplimiento. Todas las páginas pueden utilizarse solo con el teclado, en una pantalla estrecha y sin JavaScript.',
  },
  preparation: {
    heading: 'Preparación de la presente declaración',
    text: 'La presente declaración se preparó el {date}. Se basa en una autoevaluación, no en una auditoría independiente: comprobaciones automáticas (axe-core) de todas las páginas en todas las lenguas y de todos los estados del formulario de respuesta, y pruebas solo con el teclado, en una pantalla de 320 píxeles y con JavaScript desactivado.',
  },
  feedback: {
    heading: 'Observaciones y datos de contacto',
    text: 'Si encuentra alguna barrera en este sitio o necesita la invitación en otro formato, le rogamos que escriba a {mailbox}. Le responderemos lo antes posible.',
  },
  enforcement: {
    heading: 'Procedimiento de aplicación',
    text: 'Si nuestra respuesta no le resulta satisfactoria, puede presentar una reclamación ante el Defensor del Pueblo Europeo: {ombudsman}.',
  },
});
