import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Rappel\u00A0: {title}',
  body: `Madame, Monsieur,

Nous nous permettons de vous rappeler l’invitation suivante\u00A0:

{title}
{date}, {time}
{place}

Nous vous serions reconnaissants de bien vouloir nous répondre au plus tard le {deadline} ({zone}). Nous vous invitons à répondre au moyen de votre lien d’invitation personnel\u00A0:

{link}

Ce lien vous est personnel\u00A0: nous vous prions de ne pas le transférer. Vous pouvez également répondre au présent courriel.

Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

L’équipe d’organisation
{mailbox}`,
} satisfies Reminder;
