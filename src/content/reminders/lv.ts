import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Atgādinājums: {title}',
  body: `Godātā kundze, godātais kungs!

Atļaujiet Jums atgādināt par šādu ielūgumu:

{title}
{date}, plkst. {time}
{place}

Būsim pateicīgi, ja atbildēsiet līdz šim termiņam: {deadline} ({zone}). Lūdzam atbildēt, izmantojot savu personīgo ielūguma saiti:

{link}

Šī saite ir personīga: lūdzam to nepārsūtīt citiem. Varat arī atbildēt uz šo e-pasta vēstuli.

Ar cieņu

Organizatoru komanda
{mailbox}`,
} satisfies Reminder;
