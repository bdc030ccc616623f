import { privacySchema } from '#schemas/privacy.ts';
import { nl } from '#i18n/dictionaries/nl.ts';

export default privacySchema.parse({
  title: nl['nav.privacy'],
  intro:
    'In deze verklaring wordt uitgelegd hoe uw persoonsgegevens worden verwerkt wanneer u op deze uitnodiging antwoordt, overeenkomstig Verordening (EU) 2018/1725 betreffende de bescherming van natuurlijke personen in verband met de verwerking van persoonsgegevens door de instellingen, organen en instanties van de Unie.',
  controller: {
    heading: 'Wie is verantwoordelijk',
  },
  purpose: {
    heading: 'Waarom wij uw gegevens verwerken',
  },
  legalBasis: {
    heading: 'Rechtsgrondslag',
    text: 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang door de verwerkingsverantwoordelijke, overeenkomstig artikel 5, lid 1, punt a), van Verordening (EU) 2018/1725. Dieetwensen en toegankelijkheidsbehoeften, waaruit religieuze overtuigingen of gegevens over gezondheid kunnen blijken, worden overeenkomstig artikel 10, lid 2, punt a), van die verordening uitsluitend verwerkt met uw uitdrukkelijke toestemming, die u geeft door ze in te vullen en die u te allen tijde kunt intrekken.',
  },
  data: {
    heading: 'Welke gegevens',
  },
  recipients: {
    heading: 'Wie uw gegevens ontvangt',
    text: 'Alleen het organisatieteam van de verwerkingsverantwoordelijke. Een melding van elk antwoord (met uw naam, uw antwoord en een vermelding van welke onderdelen van uw antwoord zijn gewijzigd, maar nooit met gegevens over dieet of toegankelijkheid) en een dagelijks overzicht van de antwoorden worden naar de functionele mailbox van de organisatoren gestuurd. Het personeel van de catering en van de locatie ontvangt dieetwensen en toegankelijkheidsbehoeften, waar mogelijk zonder verdere persoonsgegevens. {processor} slaat de gegevens als verwerker op namens de verwerkingsverantwoordelijke. Uw gegevens worden niet doorgegeven aan andere derden.',
  },
  logs: {
    heading: 'Technische logbestanden',
    text: 'Deze website legt in de eigen logbestanden geen namen, e-mailadressen of persoonlijke links vast. Het logboek van verzoeken aan het hostingplatform registreert het adres van elke opgevraagde pagina, dat bij het eerste bezoek uw persoonlijke link bevat; dat logboek wordt door de verwerker korte tijd bewaard, uitsluitend voor beveiliging en technische werking.',
  },
  retention: {
    heading: 'Hoe lang wij uw gegevens bewaren',
    text: 'Uw gegevens worden {days} dagen na het evenement automatisch gewist, maar nooit eerder dan {floorDays} dagen na uw laatste wijziging. U kunt te allen tijde verzoeken om uw gegevens eerder te wissen.',
  },
  rights: {
    heading: 'Uw rechten',
    text: 'U hebt het recht op inzage in uw gegevens en op rectificatie en wissing ervan, het recht op beperking van de verwerking ervan en om bezwaar te maken tegen die verwerking, en het recht om uw toestemming voor de verwerking van gegevens over dieet en toegankelijkheid in te trekken (artikelen 17 tot en met 24 van Verordening (EU) 2018/1725). Tot de uiterste antwoorddatum kunt u uw antwoord zelf wijzigen; voor al het overige kunt u schrijven naar {mailbox}.',
  },
  dpo: {
    heading: 'Functionaris voor gegevensbescherming',
    text: 'Met vragen over de verwerking van uw persoonsgegevens kunt u contact opnemen met de functionaris voor gegevensbescherming van de verwerkingsverantwoordelijke via {dpo}.',
  },
  complaint: {
    heading: 'Recht om een klacht in te dienen',
  },
});
