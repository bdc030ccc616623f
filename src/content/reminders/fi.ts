import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Muistutus: {title}',
  body: `Arvoisa vastaanottaja

Haluamme muistuttaa seuraavasta kutsusta:

{title}
{date} klo {time}
{place}

Olisimme kiitollisia, jos vastaisitte viimeistään {deadline} ({zone}). Pyydämme vastaamaan henkilökohtaisen kutsulinkkinne kautta:

{link}

Linkki on henkilökohtainen: pyydämme, ettei sitä välitetä eteenpäin. Voitte vastata myös tähän sähköpostiviestiin.

Ystävällisin terveisin

Järjestelytiimi
{mailbox}`,
} satisfies Reminder;
