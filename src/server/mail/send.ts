import { EmailMessage } from 'cloudflare:email';
import type { Event } from '#schemas/event.ts';
import { plainMessage } from './mime.ts';
import type { MailText } from './notice.ts';

/** The mail settings in force: a sender and the binding, or null when mail is off. */
export interface Mail {
  from: string;
  binding: SendEmail;
}

/**
 * Sends one plain-text message to the event's functional mailbox through the `send_email`
 * binding (whose destination Email Routing has verified), encoded as every relay accepts it.
 */
export async function sendToMailbox(
  mail: Mail,
  event: Pick<Event, 'mailbox'>,
  message: MailText,
): Promise<void> {
  const raw = plainMessage({
    from: { name: 'Répondez', address: mail.from },
    to: event.mailbox,
    subject: message.subject,
    text: message.text,
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
  await mail.binding.send(new EmailMessage(mail.from, event.mailbox, raw));
}
