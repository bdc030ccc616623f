import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Reamintire: {title}',
  body: `Stimată doamnă, stimate domn,

Permiteți-ne să vă reamintim următoarea invitație:

{title}
{date}, ora {time}
{place}

V-am fi recunoscători dacă ne-ați putea răspunde până la {deadline} ({zone}). Vă rugăm să răspundeți prin intermediul linkului dumneavoastră personal de invitație:

{link}

Acest link este personal: vă rugăm să nu îl redirecționați. De asemenea, puteți răspunde la acest e-mail.

Cu stimă,

Echipa de organizare
{mailbox}`,
} satisfies Reminder;
