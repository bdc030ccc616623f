import { describe, expect, it } from 'vitest';
import { effectiveDeadline, isOpen } from '#server/deadline.ts';
import { personalExpiration } from '#server/retention.ts';
import { events, openTime } from '#tests/support/events.ts';

const day = 24 * 60 * 60;
const eachEvent = events.map((event) => [event.id, event] as const);

describe('the reply deadline', () => {
  const deadline = new Date('2014-09-30T00:00:00+02:00');

  it('is open one second before the deadline', () => {
    expect(isOpen(new Date(deadline.getTime() - 1000), deadline)).toBe(true);
  });

  it('is closed at the deadline itself', () => {
    expect(isOpen(deadline, deadline)).toBe(false);
  });

  it('is closed after the deadline', () => {
    expect(isOpen(new Date('2026-11-28T12:00:00Z'), deadline)).toBe(false);
  });

  it('reads a deadline with its offset (midnight at UTC+2 is 22:00 UTC the day before)', () => {
    expect(effectiveDeadline({ deadline: '2014-09-30T00:00:00+02:00' }).toISOString()).toBe(
      '2014-09-29T22:00:00.000Z',
    );
  });

  it.each(eachEvent)("is the event's deadline unless RSVP_DEADLINE overrides it (%s)", (_id, event) => {
    expect(effectiveDeadline(event).getTime()).toBe(Date.parse(event.deadline));
    expect(effectiveDeadline(event, '2099-12-31T23:59:59+01:00').toISOString()).toBe(
      '2099-12-31T22:59:59.000Z',
    );
  });

  it.each(eachEvent)('is open at the tests’ open time and closed from the deadline on (%s)', (_id, event) => {
    const eventDeadline = effectiveDeadline(event);
    expect(isOpen(openTime(event), eventDeadline)).toBe(true);
    expect(isOpen(eventDeadline, eventDeadline)).toBe(false);
    expect(isOpen(new Date(event.start), eventDeadline)).toBe(false);
  });
});

describe('the retention of personal data', () => {
  const end = '2014-10-08T22:30:00+02:00';
  const policy = { end, retention: { days: 90, floorDays: 30 } };

  it('keeps data 90 days after the event when that is later than the floor', () => {
    const now = new Date('2014-09-20T12:00:00Z');
    expect(personalExpiration(now, policy)).toBe(Date.parse(end) / 1000 + 90 * day);
  });

  it('keeps data written after a long-past event for the floor of 30 days', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(personalExpiration(now, policy)).toBe(now.getTime() / 1000 + 30 * day);
  });

  it.each(eachEvent)(
    'follows the event’s own retention: days after its end, else the floor (%s)',
    (_id, event) => {
      const { days, floorDays } = event.retention;
      const afterEnd = Math.floor(Date.parse(event.end) / 1000) + days * day;
      // Written before the event, when the floor ends before it does: kept until `days` after the end.
      const before = new Date(Date.parse(event.end) - (floorDays + 1) * day * 1000);
      expect(personalExpiration(before, event)).toBe(afterEnd);
      // Written long after the event: kept for the floor.
      const late = new Date(Date.parse(event.end) + (days + 1) * day * 1000);
      expect(personalExpiration(late, event)).toBe(late.getTime() / 1000 + floorDays * day);
    },
  );
});
