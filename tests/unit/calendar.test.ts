import { typeset } from '#i18n/format.ts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { textsIn } from '#schemas/event.ts';
import { eventCalendar } from '#server/invitee/calendar.ts';
import { events, withOptions } from '#tests/support/events.ts';
import { pagesSay } from '#tests/support/expected.ts';

/** RFC 5545 unfolds lines that begin with a space. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** An instant as a UTC DATE-TIME of RFC 5545 ("20141008T170000Z"). */
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
/** Spaces as spaces: the pages keep a number with its word ("level\u00a0−2"), the file may too. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
/** A TEXT value as RFC 5545 escapes it. */
const escaped = (text: string) => text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');

/** The file read back by an independent parser (ical.js). */
function readBack(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
}

describe.each(events.map((event) => [event.id, event] as const))('the calendar file of %s', (_id, event) => {
  it('is one VEVENT in a VCALENDAR with CRLF line endings and lines of at most 75 octets, in every language', () => {
    for (const lang of event.languages) {
      const ics = eventCalendar(event, lang);
      const lines = unfold(ics).split('\r\n');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), lang).toBe(true);
      expect(
        lines.filter((line) => line === 'BEGIN:VEVENT'),
        lang,
      ).toHaveLength(1);
      expect(ics.trimEnd().endsWith('END:VCALENDAR'), lang).toBe(true);
      for (const line of ics.split('\r\n'))
        expect(new TextEncoder().encode(line).length, lang).toBeLessThanOrEqual(75);
    }
  });

  it('starts and ends at the event’s times, in UTC', () => {
    const lines = unfold(eventCalendar(event, event.original)).split('\r\n');
    expect(lines).toContain(`DTSTART:${utc(event.start)}`);
    expect(lines).toContain(`DTEND:${utc(event.end)}`);
    // As the event's brief says (tests/support/expected.ts), where the tests have it written down.
    const start = pagesSay[event.id]?.calendar.start;
    if (start) expect(lines).toContain(`DTSTART:${start}`);
  });

  it('names the venue, the event’s id and its functional mailbox as organiser', () => {
    for (const lang of event.languages) {
      const lines = unfold(eventCalendar(event, lang)).split('\r\n');
      const location = lines.find((line) => line.startsWith('LOCATION:')) ?? '';
      for (const line of textsIn(event, lang).venue)
        expect(plain(location), lang).toContain(escaped(plain(line)));
      const organizer = lines.find((line) => line.startsWith('ORGANIZER')) ?? '';
      expect(organizer.toLowerCase(), lang).toMatch(new RegExp(`mailto:${event.mailbox.toLowerCase()}$`));
      expect(lines, lang).toContain(`UID:${event.id}@repondez`);
    }
  });

  it('says that its end time is indicative, in the file’s language, only where the pages give the start alone', () => {
    for (const lang of event.languages) {
      const indicative = translator(lang)('calendar.endIndicative');
      const startOnly = readBack(eventCalendar(withOptions(event, { showEnd: false }), lang)).description;
      const withEnd = readBack(eventCalendar(withOptions(event, { showEnd: true }), lang)).description;
      expect(startOnly, lang).toContain(indicative);
      expect(withEnd, lang).not.toContain(indicative);
      // As shipped.
      expect(readBack(eventCalendar(event, lang)).description.includes(indicative), lang).toBe(
        !event.options.showEnd,
      );
    }
  });
});

describe('the calendar file read back by an independent parser (ical.js)', () => {
  it.each(events.map((event) => [event.id, event] as const))(
    'gives the right instants, place, title and deadline in every language of %s',
    (_id, event) => {
      for (const lang of event.languages) {
        const vevent = readBack(eventCalendar(event, lang));
        const texts = textsIn(event, lang);
        expect(vevent.startDate.toJSDate().toISOString(), lang).toBe(new Date(event.start).toISOString());
        expect(vevent.endDate.toJSDate().toISOString(), lang).toBe(new Date(event.end).toISOString());
        expect(plain(vevent.location), lang).toBe(plain(texts.venue.join(', ')));
        expect(vevent.summary, lang).toBe(typeset(texts.title, lang));
        expect(vevent.description, lang).toContain(event.mailbox);
      }
    },
  );
});
