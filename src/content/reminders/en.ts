import type { Reminder } from '#schemas/reminder.ts';

/** The original (English); the other languages translate it (./index.ts lists them). */
export default {
  subject: 'Reminder: {title}',
  body: `Dear Sir or Madam,

May we remind you of the following invitation:

{title}
{date}, {time}
{place}

We would be grateful for your reply by {deadline} ({zone}). Please reply through your personal invitation link:

{link}

This link is personal: please do not forward it. You may also reply to this e-mail.

Yours faithfully,

The organising team
{mailbox}`,
} satisfies Reminder;
