import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Påminnelse: {title}',
  body: `Bästa mottagare

Vi vill påminna om följande inbjudan:

{title}
{date} kl. {time}
{place}

Vi vore tacksamma för ett svar senast den {deadline} ({zone}). Vi ber dig svara via din personliga inbjudningslänk:

{link}

Länken är personlig: vi ber dig att inte vidarebefordra den. Det går också bra att svara på detta e-postmeddelande.

Med vänliga hälsningar

Arrangörsgruppen
{mailbox}`,
} satisfies Reminder;
