import { privacySchema } from '#schemas/privacy.ts';

export default privacySchema.parse({
  title: 'Déclaration de confidentialité',
  intro:
    'La présente déclaration explique comment vos données à caractère personnel sont traitées lorsque vous répondez à la présente invitation, conformément au règlement (UE) 2018/1725 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel par les institutions, organes et organismes de l’Union.',
  controller: {
    heading: 'Qui est responsable',
    text: 'Le responsable du traitement est : {controller}. Vous pouvez contacter l’équipe organisatrice à l’adresse {mailbox}.',
  },
  purpose: {
    heading: 'Pourquoi nous traitons vos données',
    text: 'Pour organiser le {title} : savoir qui y participe, préparer les cartons de table et le plan de table, prévoir le repas et organiser l’accès au lieu de l’événement. Vos données ne sont utilisées à aucune autre fin et aucune décision automatisée n’est prise.',
  },
  legalBasis: {
    heading: 'Base juridique',
    text: 'Le traitement est nécessaire à l’exécution d’une mission d’intérêt public effectuée par la Commission [article 5, paragraphe 1, point a), du règlement (UE) 2018/1725]. Les informations relatives au régime alimentaire et aux besoins d’accessibilité, qui peuvent révéler des convictions religieuses ou des données concernant la santé, ne sont traitées qu’avec votre consentement explicite [article 10, paragraphe 2, point a)], que vous donnez en les indiquant et que vous pouvez retirer à tout moment.',
  },
  data: {
    heading: 'Quelles données',
    text: 'Vos nom, fonction et organisation tels qu’ils figurent sur la liste des invités ; votre réponse (participation, ou nom et fonction de votre représentant et de vos éventuels accompagnants) ; le nom à inscrire sur le carton de table ; à titre facultatif, votre régime alimentaire et vos besoins d’accessibilité ; les nom, adresse électronique et numéro de téléphone de la personne qui répond pour votre compte ; votre message aux organisateurs ; ainsi que la date et l’heure de chaque modification. Les informations relatives au régime alimentaire et à l’accessibilité sont facultatives : elles ne sont demandées que pour permettre à chacun de participer en toute sécurité.',
  },
  recipients: {
    heading: 'Qui reçoit vos données',
    text: 'Uniquement l’équipe organisatrice de la Commission. Le personnel du traiteur et du lieu de l’événement reçoit les informations relatives au régime alimentaire et aux besoins d’accessibilité, si possible sans autres données personnelles. {processor} conserve les données pour le compte de la Commission en qualité de sous-traitant. Vos données ne sont transmises à aucun autre tiers.',
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
    text: 'Vous avez le droit d’accéder à vos données, de les faire rectifier et effacer, d’en faire limiter le traitement ou de vous y opposer, et de retirer votre consentement au traitement des informations relatives au régime alimentaire et à l’accessibilité (articles 17 à 24 du règlement (UE) 2018/1725). Vous pouvez modifier vous-même votre réponse jusqu’à la date limite ; pour toute autre demande, veuillez écrire à {mailbox}.',
  },
  dpo: {
    heading: 'Délégué à la protection des données',
    text: 'Pour toute question relative au traitement de vos données à caractère personnel, vous pouvez contacter le délégué à la protection des données de la Commission à l’adresse {dpo}.',
  },
  complaint: {
    heading: 'Droit d’introduire une réclamation',
    text: 'Vous avez le droit d’introduire à tout moment une réclamation auprès de l’autorité de contrôle compétente : {supervisor}.',
  },
});
