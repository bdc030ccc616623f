import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Meeldetuletus: {title}',
  body: `Lugupeetud proua/härra!

Lubage meil Teile meelde tuletada järgmist kutset:

{title}
{date} kell {time}
{place}

Oleksime Teile vastuse eest tänulikud. Vastamise tähtaeg: {deadline} ({zone}). Palume vastata oma isikliku kutselingi kaudu:

{link}

See link on isiklik: palume seda mitte edasi saata. Võite vastata ka sellele e-kirjale.

Lugupidamisega

Korraldusmeeskond
{mailbox}`,
} satisfies Reminder;
