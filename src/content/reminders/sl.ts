import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Opomnik: {title}',
  body: `Spoštovana gospa, spoštovani gospod,

dovolite, da Vas spomnimo na naslednje vabilo:

{title}
{date} ob {time}
{place}

Hvaležni bomo, če boste odgovorili v naslednjem roku: {deadline} ({zone}). Prosimo, da odgovorite prek svoje osebne povezave do vabila:

{link}

Ta povezava je osebna: prosimo, da je ne posredujete drugim. Odgovorite lahko tudi na to e-sporočilo.

S spoštovanjem

Organizacijska ekipa
{mailbox}`,
} satisfies Reminder;
