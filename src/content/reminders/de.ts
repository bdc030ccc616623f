import type { Reminder } from '#schemas/reminder.ts';

export default {
  subject: 'Erinnerung: {title}',
  body: `Sehr geehrte Damen und Herren,

wir erlauben uns, Sie an die folgende Einladung zu erinnern:

{title}
{date}, {time} Uhr
{place}

Für eine Antwort bis zum {deadline} ({zone}) wären wir Ihnen dankbar. Bitte antworten Sie über Ihren persönlichen Einladungslink:

{link}

Dieser Link ist persönlich: Bitte leiten Sie ihn nicht weiter. Sie können auch auf diese E-Mail antworten.

Mit freundlichen Grüßen

Das Organisationsteam
{mailbox}`,
} satisfies Reminder;
