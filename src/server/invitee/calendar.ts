import { createEvent } from 'ics';
import { eventText } from '#i18n/event-text.ts';
import { colon } from '#i18n/format.ts';
import { translator } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';

/** [year, month, day, hour, minute] of an instant, in UTC, as `ics` takes it. */
function utcParts(iso: string): [number, number, number, number, number] {
  const date = new Date(iso);
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  ];
}

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1); `ics` folds at 75 characters, which
 * splits lines with accented letters too late. Continuation lines start with one space.
 */
function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        const limit = parts.length ? 74 : 75; // a continuation line begins with a space
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/**
 * The event as an RFC 5545 calendar file in `lang`: start and end as UTC instants (so every
 * calendar shows the right local time), the venue, the functional mailbox as organiser. An event
 * whose pages give the start only says that the file's end is indicative.
 */
export function eventCalendar(event: Event, lang: Locale): string {
  const t = translator(lang);
  const text = eventText(event, lang);
  const { error, value } = createEvent({
    productId: 'repondez/ics',
    uid: `${event.id}@repondez`,
    title: text.title,
    description: [
      `${text.hostName}, ${text.hostRole}`,
      `${t('glance.replyBy')}${colon(lang)} ${text.deadlineFull} (${text.deadlineZone}) — ${text.mailbox}`,
      // Calendars need an end: where the pages give none, the file says that its end is a guess.
      ...(event.options.showEnd ? [] : [t('calendar.endIndicative')]),
    ].join('\n'),
    location: text.venue.join(', '),
    start: utcParts(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    organizer: { name: text.institution, email: text.mailbox },
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be made');
  return foldLines(value);
}
