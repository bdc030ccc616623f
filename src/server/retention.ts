import type { Event } from '#schemas/event.ts';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * When a personal KV entry (guest, reply, history) expires, in seconds since the epoch:
 * max(event end + retention, now + floor). The floor keeps data written after a long-past event
 * (and keeps KV, which refuses expirations under 60 s ahead, from rejecting the write).
 */
export function personalExpiration(now: Date, { end, retention }: Pick<Event, 'end' | 'retention'>): number {
  const afterEvent = Math.floor(Date.parse(end) / 1000) + retention.days * DAY_SECONDS;
  const floor = Math.floor(now.getTime() / 1000) + retention.floorDays * DAY_SECONDS;
  return Math.max(afterEvent, floor);
}
