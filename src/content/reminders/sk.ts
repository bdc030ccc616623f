import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Pripomenutie: {title}',
  body: `Vážená pani, vážený pán,

dovoľujeme si Vám pripomenúť nasledujúce pozvanie:

{title}
{date} o {time}
{place}

Boli by sme Vám vďační za odpoveď {deadline} ({zone}). Odpovedzte, prosím, prostredníctvom svojho osobného odkazu na pozvánku:

{link}

Tento odkaz je osobný: prosíme, neposielajte ho ďalej. Môžete tiež odpovedať na tento e-mail.

S úctou

Organizačný tím
{mailbox}`,
} satisfies Reminder;
