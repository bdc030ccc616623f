import { eventText } from '#i18n/event-text.ts';
import { interpolate } from '#i18n/template.ts';
import type { Locale } from '#i18n/locales.ts';
import { textsIn, type Event } from '#schemas/event.ts';

/** A reminder for one guest, in their language, as the organiser's mail client will open it. */
export interface ChaseDraft {
  subject: string;
  body: string;
  /** `mailto:` with the guest's address, subject and body (RFC 6068: CRLF line breaks). */
  href: string;
}

/**
 * The reminder to a guest who has not replied: the event's reminder (texts/{lang}.yaml) in the
 * guest's language, with the event's facts and the deadline in force as they read in that language, and
 * the guest's personal link. Null without an e-mail address to write to.
 * @example chaseDraft(event, { email: 'office@x.eu', language: 'el', link: 'https://…/i/…' }, deadline)?.href
 */
export function chaseDraft(
  event: Event,
  guest: { email: string; language: Locale; link: string },
  deadline: Date,
): ChaseDraft | null {
  if (!guest.email) return null;
  const text = eventText(event, guest.language, deadline);
  const { reminder } = textsIn(event, guest.language);
  const values = {
    title: text.title,
    date: text.date,
    time: text.time,
    venue: text.venue.join('\n'),
    deadline: text.deadlineFull,
    zone: text.deadlineZone,
    link: guest.link,
    mailbox: text.mailbox,
  };
  const subject = interpolate(reminder.subject, values);
  const body = interpolate(reminder.body, values);
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { subject, body, href: `mailto:${encodeURIComponent(guest.email).replace(/%40/g, '@')}?${query}` };
}
