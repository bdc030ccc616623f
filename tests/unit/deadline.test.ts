import { describe, expect, it } from 'vitest';
import { effectiveDeadline, isOpen } from '#server/deadline.ts';
import { personalExpiration } from '#server/retention.ts';
import { eventFor } from '#content/events.ts';

const event = eventFor();

const deadline = new Date('2014-09-30T00:00:00+02:00');

describe('the reply deadline', () => {
  it('is open one second before the deadline', () => {
    expect(isOpen(new Date(deadline.getTime() - 1000), deadline)).toBe(true);
  });

  it('is closed at the deadline itself', () => {
    expect(isOpen(deadline, deadline)).toBe(false);
  });

  it('is closed after the deadline', () => {
    expect(isOpen(new Date('2026-11-28T12:00:00Z'), deadline)).toBe(false);
  });

  it("is the event's deadline unless RSVP_DEADLINE overrides it", () => {
    expect(effectiveDeadline(event).toISOString()).toBe('2014-09-29T22:00:00.000Z');
    expect(effectiveDeadline(event, '2099-12-31T23:59:59+01:00').toISOString()).toBe(
      '2099-12-31T22:59:59.000Z',
    );
  });
});

describe('the retention of personal data', () => {
  const day = 24 * 60 * 60;
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
});
