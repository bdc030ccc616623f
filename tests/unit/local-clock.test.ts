/**
 * Dates and times are worked out from the zone's offset (kept per quarter hour) and each local
 * day is formatted once (#27). They must read as Intl reads them at every instant: across the
 * changes of the clocks, in zones a quarter or half an hour off, around midnight.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, localClock } from '#i18n/format.ts';
import { timeOfDay } from '#i18n/time-of-day.ts';

const zones = ['Europe/Luxembourg', 'America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
/** Every 7½ minutes over the days around both changes of the clocks in 2026, and New Year. */
const instants = ['2026-03-27', '2026-10-23', '2026-04-03', '2026-09-30', '2026-12-30'].flatMap((start) =>
  Array.from(
    { length: 4 * 24 * 8 },
    (_, step) => new Date(Date.parse(`${start}T00:00:00Z`) + step * 450_000),
  ),
);

function intlClock(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

describe('the local clock', () => {
  for (const zone of zones) {
    it(`reads as Intl does in ${zone}, every 7½ minutes across the changes of the clocks`, () => {
      for (const date of instants)
        expect(localClock(date, zone), `${date.toISOString()}`).toEqual(intlClock(date, zone));
    });
  }

  it('formats each instant as Intl does, the day cached or not (English and a fallback language)', () => {
    for (const zone of ['Europe/Luxembourg', 'America/New_York']) {
      for (const date of instants.filter((_, index) => index % 8 === 0)) {
        const { hour, minute } = intlClock(date, zone);
        expect(formatTime(date, 'en', zone)).toBe(timeOfDay('en', hour, minute));
        const expected = new Intl.DateTimeFormat('en-GB', {
          timeZone: zone,
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        })
          .format(date)
          .replace(/(\d+) (?=\p{L})/gu, '$1\u00A0');
        expect(formatDate(date, 'en', zone, { weekday: false }), date.toISOString()).toBe(expected);
      }
    }
  });
});
