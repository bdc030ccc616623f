import { accessibilitySchema } from '#schemas/accessibility.ts';
import { nl } from '#i18n/dictionaries/nl.ts';

export default accessibilitySchema.parse({
  title: nl['nav.accessibility'],
  intro:
    'Wij willen dat alle genodigden deze uitnodiging kunnen lezen en erop kunnen antwoorden, overeenkomstig Richtlijn (EU) 2016/2102 inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties. Deze verklaring geldt voor de uitnodiging, de antwoordpagina’s, de privacyverklaring en deze pagina, in alle 24 officiële talen.',
  status: {
    heading: 'Nalevingsstatus',
    text: 'Deze website is ontworpen om te voldoen aan de richtsnoeren voor toegankelijkheid van webcontent (WCAG) 2.1 op niveau AA, de eisen van de geharmoniseerde norm EN 301 549. Ons is geen enkele niet-naleving bekend. Elke pagina werkt met alleen een toetsenbord, op een smal scherm en zonder JavaScript.',
  },
  preparation: {
    heading: 'Opstelling van deze verklaring',
    text: 'Deze verklaring is opgesteld op {date}. Zij berust op een zelfbeoordeling, niet op een onafhankelijke audit: automatische controles (axe-core) van elke pagina in elke taal en van elke toestand van het antwoordformulier, en tests met alleen een toetsenbord, op een scherm van 320 pixels en met JavaScript uitgeschakeld.',
  },
  feedback: {
    heading: 'Feedback en contactgegevens',
    text: 'Stuit u op deze website op een belemmering, of hebt u de uitnodiging in een ander formaat nodig, schrijf dan naar {mailbox}. Wij antwoorden zo snel mogelijk.',
  },
  enforcement: {
    heading: 'Handhavingsprocedure',
    text: 'Bent u niet tevreden met ons antwoord, dan kunt u een klacht indienen bij de Europese Ombudsman: {ombudsman}.',
  },
});
