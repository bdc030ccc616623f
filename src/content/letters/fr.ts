import { letterSchema } from '#schemas/letter.ts';

// French. `**…**` marks the words the letter sets in bold; `{…}` takes a fact of the event.
export default letterSchema.parse({
  salutation: 'Chère Collègue, cher Collègue,',
  paragraphs: [
    'L’internet et les médias sociaux jouent un rôle profondément positif dans nos vies et dans nos sociétés. Toutefois, ils sont également utilisés par des extrémistes violents pour promouvoir leurs objectifs, que ce soit par la mobilisation, la propagande, la radicalisation ou le recrutement. Cela est particulièrement vrai dans le contexte des flux de ceux que l’on appelle les « combattants étrangers », ainsi que des appels au « djihad électronique », auxquels l’UE est confrontée.',
    'L’internet est en grande partie exploité par des entreprises privées qui, avec la société civile, disposent de la meilleure expertise en la matière. À l’inverse, ce sont les services répressifs et les services de renseignement qui possèdent la meilleure connaissance des activités terroristes. Un dialogue entre les secteurs public et privé constitue donc une démarche nécessaire pour déterminer les meilleurs instruments permettant de réduire l’utilisation de l’internet et des médias sociaux à des fins terroristes.',
    'Dans sa communication intitulée « Prévenir la radicalisation conduisant au terrorisme et à l’extrémisme violent : renforcer l’action de l’UE », la Commission européenne a proposé de créer un forum réunissant les principaux acteurs du secteur de l’internet afin d’examiner les défis posés par la propagande terroriste en ligne, d’échanger des expériences et d’étudier les possibilités d’une coopération plus étroite. Cette proposition figure également dans le projet de lignes directrices sur la lutte contre l’extrémisme violent qui sera soumis au Conseil « Justice et affaires intérieures » le {councilDate}.',
    'L’Union européenne et les ministres de l’intérieur portent un vif intérêt au renforcement du dialogue avec les grandes entreprises du secteur de l’internet sur des questions de préoccupation commune liées à la radicalisation en ligne et à d’autres aspects de la relation entre les secteurs public et privé. C’est pourquoi nous organiserons un **dîner ministériel le {date}**. Cette réunion aura pour objectif d’examiner les défis et les perspectives qui s’offrent à nous.',
  ],
  topicsIntro:
    'Au cours de la discussion, nous souhaiterions en particulier aborder les questions suivantes :',
  audience: 'Les destinataires de la présente invitation sont {audience}.',
  venue: 'Le dîner aura lieu le {date} à {time} à {city} ({place}), à la veille de la session du {occasion}.',
  reply:
    'Nous vous saurions gré de bien vouloir confirmer votre participation **au plus tard le {deadline}** à l’adresse électronique fonctionnelle suivante : {mailbox}',
  lookForward: 'Nous nous réjouissons de vous accueillir à {city} le {date}.',
  closing: 'Je vous prie d’agréer, chère Collègue, cher Collègue, l’expression de ma haute considération.',
  translation: {
    originalPrevails: 'Ceci est une traduction. Seul l’original anglais fait foi.',
    event: {
      topics: [
        'Les défis posés par l’utilisation de l’internet par les terroristes et les réponses possibles : outils et techniques permettant de réagir aux activités terroristes en ligne, en particulier en ce qui concerne la mise au point d’initiatives spécifiques de contre-discours ; mesures volontaires et d’autorégulation (par exemple, mécanismes de marquage et de signalement) ; mesures à l’initiative des services répressifs (par exemple, unités de signalement des contenus sur l’internet, enquêtes, etc.) ;',
        'Les défis en matière de sécurité liés à l’internet dans le cadre des relations plus larges avec les grandes entreprises du secteur de l’internet, compte tenu des exigences liées aux garanties procédurales et aux droits fondamentaux ;',
        'Les moyens d’instaurer la confiance et une plus grande transparence.',
      ],
      audience: {
        minister: 'les ministres de l’intérieur des États membres',
        coordinator: 'le coordinateur de l’UE pour la lutte contre le terrorisme',
        industry: 'des représentants de haut niveau des grandes entreprises du secteur de l’internet',
      },
    },
  },
});
