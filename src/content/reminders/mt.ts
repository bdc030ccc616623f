import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Tfakkira: {title}',
  body: `Għażiż Sinjur / Għażiża Sinjura,

Nixtiequ nfakkruk dwar l-istedina li ġejja:

{title}
{date}, {time}
{place}

Inkunu grati jekk twieġeb sal-iskadenza li ġejja: {deadline} ({zone}). Jekk jogħġbok, wieġeb permezz tal-link personali tiegħek tal-istedina:

{link}

Dan il-link huwa personali: jekk jogħġbok, tgħaddihx lil ħaddieħor. Tista’ twieġeb ukoll għal din l-email.

Dejjem tiegħek,

It-tim organizzattiv
{mailbox}`,
} satisfies Reminder;
