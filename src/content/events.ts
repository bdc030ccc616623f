import type { Event } from '#schemas/event.ts';
import { event } from './event.ts';

/**
 * Every event this site serves. Code below a route never imports an event: the request's context
 * carries the one it is about (src/server/context.ts).
 */
export const events: readonly Event[] = [event];

/** The event a request is about (the site serves one at present). */
export function eventFor(_id?: string): Event {
  return event;
}
