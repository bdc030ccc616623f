import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Podsjetnik: {title}',
  body: `Poštovana gospođo, poštovani gospodine,

Dopustite da Vas podsjetimo na sljedeći poziv:

{title}
{date} u {time}
{place}

Bili bismo Vam zahvalni da nam odgovorite {deadline} ({zone}). Molimo Vas da odgovorite putem svoje osobne poveznice za poziv:

{link}

Ova je poveznica osobna: molimo Vas da je ne prosljeđujete. Možete odgovoriti i na ovu poruku e-pošte.

S poštovanjem,

Organizacijski tim
{mailbox}`,
} satisfies Reminder;
