import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Påmindelse: {title}',
  body: `Kære modtager

Vi tillader os at minde om følgende invitation:

{title}
{date} kl. {time}
{place}

Vi vil være taknemmelige for et svar senest den {deadline} ({zone}). Svar venligst via dit personlige invitationslink:

{link}

Linket er personligt: Videresend det venligst ikke. Denne e-mail kan også besvares direkte.

Med venlig hilsen

Arrangørgruppen
{mailbox}`,
} satisfies Reminder;
