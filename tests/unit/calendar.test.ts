import { describe, expect, it } from 'vitest';
import { eventCalendar } from '#server/invitee/calendar.ts';
import { eventFor } from '#content/events.ts';

const event = eventFor();

/** RFC 5545 unfolds lines that begin with a space. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('the calendar file', () => {
  const ics = eventCalendar(event, 'en');
  const lines = unfold(ics).split('\r\n');

  it('is one VEVENT in a VCALENDAR with CRLF line endings and lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('starts at the letter’s time and ends at the indicative end, in UTC (19:00–22:30 Luxembourg summer time)', () => {
    expect(lines).toContain('DTSTART:20141008T170000Z');
    expect(lines).toContain('DTEND:20141008T203000Z');
  });

  it('says that its end time is indicative, in the file’s language', () => {
    expect(unfold(ics)).toContain('the end time is indicative');
    expect(unfold(eventCalendar(event, 'de'))).toContain('das Ende ist ein Richtwert');
  });

  it('names the venue address and the functional mailbox as organiser', () => {
    const location = lines.find((line) => line.startsWith('LOCATION:')) ?? '';
    expect(location).toContain('Kirchberg Conference Centre');
    expect(location).toContain('REM 1 & REM 2');
    expect(location).toContain("Place de l'Europe 4\\, 1499 Luxembourg");
    expect(lines.find((line) => line.startsWith('ORGANIZER'))).toMatch(
      /mailto:HOME-PREVENTION@ec\.europa\.eu$/i,
    );
    expect(lines).toContain('UID:ministerial-dinner-2014@repondez');
  });
});

describe('the calendar file read back by an independent parser (ical.js)', () => {
  it('gives the right instants in every language', async () => {
    const ICAL = (await import('ical.js')).default;
    const { locales } = await import('#i18n/locales.ts');
    for (const lang of locales) {
      const component = new ICAL.Component(ICAL.parse(eventCalendar(event, lang)));
      const vevent = new ICAL.Event(component.getFirstSubcomponent('vevent') ?? undefined);
      expect(vevent.startDate.toJSDate().toISOString(), lang).toBe('2014-10-08T17:00:00.000Z');
      expect(vevent.endDate.toJSDate().toISOString(), lang).toBe('2014-10-08T20:30:00.000Z');
      expect(vevent.location, lang).toContain("Place de l'Europe 4, 1499 Luxembourg");
      expect(vevent.summary.length, lang).toBeGreaterThan(10);
    }
  });
});
