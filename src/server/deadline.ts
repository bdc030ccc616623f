import type { Event } from '#schemas/event.ts';

/**
 * Whether replies are open: strictly before the deadline. A pure function of its inputs; callers
 * inject `now`, so tests move the clock rather than the calendar.
 * @example isOpen(new Date('2014-09-29T23:59:59+02:00'), deadline) // true
 */
export function isOpen(now: Date, deadline: Date): boolean {
  return now.getTime() < deadline.getTime();
}

/** The deadline in force: `RSVP_DEADLINE` (already validated by the env schema) or the event's. */
export function effectiveDeadline(event: Pick<Event, 'deadline'>, override?: string): Date {
  return new Date(override ?? event.deadline);
}
