import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Připomínka: {title}',
  body: `Vážená paní, vážený pane,

dovolujeme si Vám připomenout následující pozvání:

{title}
{date} v {time}
{place}

Byli bychom Vám vděčni za odpověď do {deadline} ({zone}). Odpovězte prosím prostřednictvím svého osobního odkazu na pozvánku:

{link}

Tento odkaz je osobní: prosíme, nepřeposílejte jej. Odpovědět můžete také na tento e-mail.

S úctou

Organizační tým
{mailbox}`,
} satisfies Reminder;
