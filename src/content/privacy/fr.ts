import { privacySchema } from '#schemas/privacy.ts';
import { fr } from '#i18n/dictionaries/fr.ts';

export default privacySchema.parse({
  title: fr['nav.privacy'],
  intro:
    'La présente déclaration explique comment vos données à caractère personnel sont traitées lorsque vous répondez à la présente invitation, conformément au règlement (UE) 2018/1725 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel par les institutions, organes et organismes de l’Union.',
  controller: {
    heading: 'Qui est responsable',
  },
  purpose: {
    heading: 'Pourquoi nous traitons vos données',
  },
  legalBasis: {
    heading: 'Base juridique',
    text: 'Le traitement est nécessaire à l’exécution d’une mission effectuée dans l’intérêt public par le responsable du traitement [article 5, paragraphe 1, point a), du règlement (UE) 2018/1725]. Les informations relatives au régime alimentaire et aux besoins d’accessibilité, qui peuvent révéler des convictions religieuses ou des données concernant la santé, ne sont traitées qu’avec votre consentement explicite [article 10, paragraphe 2, point a)], que vous donnez en les indiquant et que vous pouvez retirer à tout moment.',
  },
  data: {
    heading: 'Quelles données',
  },
  recipients: {
    heading: 'Qui reçoit vos données',
    text: 'Uniquement l’équipe organisatrice du responsable du traitement. Une notification de chaque réponse (comportant votre nom, votre réponse et l’indication des parties de votre réponse qui ont été modifiées, mais jamais d’informations relatives au régime alimentaire ou à l’accessibilité) et un récapitulatif quotidien des réponses sont envoyés à la boîte aux lettres fonctionnelle des organisateurs. Le personnel du traiteur et du lieu de l’événement reçoit les informations relatives au régime alimentaire et aux besoins d’accessibilité, si possible sans autres données à caractère personnel. {processor} conserve les données pour le compte du responsable du traitement en qualité de sous-traitant. Vos données ne sont transmises à aucun autre tiers.',
  },
  logs: {
    heading: 'Journaux techniques',
    text: 'Le présent site web n’enregistre dans ses propres journaux aucun nom, aucune adresse électronique ni aucun lien personnel. Le journal des demandes de la plateforme d’hébergement enregistre l’adresse de chaque page demandée, qui, lors de la première visite, comprend votre lien personnel ; ce journal est conservé par le sous-traitant pendant une courte durée, uniquement à des fins de sécurité et de fonctionnement.',
  },
  retention: {
    heading: 'Combien de temps nous conservons vos données',
    text: 'Vos données sont automatiquement supprimées {days} jours après l’événement, mais jamais moins de {floorDays} jours après votre dernière modification. Vous pouvez à tout moment demander leur suppression anticipée.',
  },
  rights: {
    heading: 'Vos droits',
    text: 'Vous avez le droit d’accéder à vos données, de les faire rectifier et effacer, d’en faire limiter le traitement ou de vous y opposer, et de retirer votre consentement au traitement des informations relatives au régime alimentaire et à l’accessibilité [articles 17 à 24 du règlement (UE) 2018/1725]. Vous pouvez modifier vous-même votre réponse jusqu’à la date limite ; pour toute autre demande, veuillez écrire à {mailbox}.',
  },
  dpo: {
    heading: 'Délégué à la protection des données',
    text: 'Pour toute question relative au traitement de vos données à caractère personnel, vous pouvez contacter le délégué à la protection des données du responsable du traitement à l’adresse {dpo}.',
  },
  complaint: {
    heading: 'Droit d’introduire une réclamation',
  },
});
