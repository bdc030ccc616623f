import { accessibilitySchema } from '#schemas/accessibility.ts';
import { fr } from '#i18n/dictionaries/fr.ts';

export default accessibilitySchema.parse({
  title: fr['nav.accessibility'],
  intro:
    'Nous souhaitons que toutes les personnes invitées puissent lire la présente invitation et y répondre, conformément à la directive (UE) 2016/2102 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public. La présente déclaration porte sur l’invitation, les pages de réponse, la déclaration de confidentialité et la présente page, dans les 24 langues officielles.',
  status: {
    heading: 'État de conformité',
    text: 'Ce site est conçu pour satisfaire aux règles pour l’accessibilité des contenus web (WCAG) 2.1 au niveau AA, c’est-à-dire aux exigences de la norme harmonisée EN 301 549. Aucune non-conformité ne nous est connue. Chaque page peut être utilisée au seul clavier, sur un écran étroit et sans JavaScript.',
  },
  preparation: {
    heading: 'Établissement de la présente déclaration',
    text: 'Date d’établissement de la présente déclaration : {date}. Elle repose sur une auto-évaluation et non sur un audit indépendant : des contrôles automatiques (axe-core) de chaque page dans chaque langue et de chaque état du formulaire de réponse, ainsi que des essais au seul clavier, sur un écran de 320 pixels et avec JavaScript désactivé.',
  },
  feedback: {
    heading: 'Retour d’information et coordonnées',
    text: 'Si vous rencontrez un obstacle sur ce site ou si vous avez besoin de l’invitation dans un autre format, veuillez écrire à l’adresse {mailbox}. Nous vous répondrons dans les meilleurs délais.',
  },
  enforcement: {
    heading: 'Procédure de mise en œuvre',
    text: 'Si notre réponse ne vous donne pas satisfaction, vous pouvez adresser une plainte au Médiateur européen : {ombudsman}.',
  },
});
