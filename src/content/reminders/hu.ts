import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Emlékeztető: {title}',
  body: `Tisztelt Hölgyem/Uram!

Engedje meg, hogy emlékeztessük az alábbi meghívásra:

{title}
{date}, {time}
{place}

Hálásak lennénk, ha válaszát a következő határidőig megküldené: {deadline} ({zone}). Kérjük, hogy válaszát a személyre szóló meghívólinkjén keresztül adja meg:

{link}

A link személyre szóló: kérjük, ne továbbítsa. Erre az e-mailre is válaszolhat.

Tisztelettel:

A szervezőcsapat
{mailbox}`,
} satisfies Reminder;
