import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Herinnering: {title}',
  body: `Geachte heer, mevrouw,

Graag herinneren wij u aan de volgende uitnodiging:

{title}
{date}, {time} uur
{place}

Wij stellen het op prijs uw antwoord uiterlijk {deadline} ({zone}) te ontvangen. Wij verzoeken u te antwoorden via uw persoonlijke uitnodigingslink:

{link}

Deze link is persoonlijk: wij verzoeken u deze niet door te sturen. U kunt ook op deze e-mail antwoorden.

Hoogachtend,

Het organisatieteam
{mailbox}`,
} satisfies Reminder;
