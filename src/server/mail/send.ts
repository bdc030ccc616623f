import { EmailMessage } from 'cloudflare:email';
import { createMimeMessage } from 'mimetext/browser';
import type { Event } from '#schemas/event.ts';
import type { MailText } from './notice.ts';

/** The mail settings in force: a sender and the binding, or null when mail is off. */
export interface Mail {
  from: string;
  binding: SendEmail;
}

/**
 * Sends one plain-text message to the event's functional mailbox through the `send_email`
 * binding (whose destination Email Routing has verified). The MIME is mimetext's, not ours.
 */
export async function sendToMailbox(
  mail: Mail,
  event: Pick<Event, 'mailbox'>,
  message: MailText,
): Promise<void> {
  const mime = createMimeMessage();
  mime.setSender({ name: 'Répondez', addr: mail.from });
  mime.setRecipient(event.mailbox);
  mime.setSubject(message.subject);
  mime.setHeader('Auto-Submitted', 'auto-generated');
  mime.addMessage({ contentType: 'text/plain', data: message.text });
  await mail.binding.send(new EmailMessage(mail.from, event.mailbox, mime.asRaw()));
}
