import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Przypomnienie: {title}',
  body: `Szanowni Państwo,

Uprzejmie przypominamy o następującym zaproszeniu:

{title}
{date} r., godz. {time}
{place}

Będziemy wdzięczni za odpowiedź do {deadline} ({zone}). Prosimy o przesłanie odpowiedzi za pośrednictwem osobistego linku do zaproszenia:

{link}

Ten link jest osobisty: prosimy nie przekazywać go innym osobom. Mogą Państwo również odpowiedzieć na tę wiadomość e-mail.

Z wyrazami szacunku

Zespół organizacyjny
{mailbox}`,
} satisfies Reminder;
