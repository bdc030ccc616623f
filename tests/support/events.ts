/**
 * The events the tests run against: every shipped event (src/content/events/), one at a time.
 * No test outside this fixture names an event's facts: each reads them from the event under test.
 */
import { events } from '#content/events.ts';
import { site } from '#content/site.ts';
import type { Event, EventOptions } from '#schemas/event.ts';

export { events, site };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The event under test: `id` (the worker projects' TEST_EVENT binding, one project per event),
 * else the site's default event.
 */
export function eventUnderTest(id?: string): Event {
  const event = events.find((item) => item.id === (id || site.defaultEvent)) ?? events[0];
  if (!event) throw new Error('The site has no event to test');
  return event;
}

/**
 * The event with some of its options changed: for a test of a part of the reply (delegates,
 * companions, dietary requirements, …) that the event under test may not ask for.
 */
export function withOptions(event: Event, options: Partial<EventOptions>): Event {
  return { ...event, options: { ...event.options, ...options } };
}

/** Every part of the reply switched on: the fixture of the tests of those parts. */
export const allParts: Partial<EventOptions> = {
  delegates: true,
  companions: true,
  defaultCompanions: 1,
  dietary: true,
  access: true,
  placeCards: true,
};

/** A time when the event's replies are open: ten days before its deadline. */
export const openTime = (event: Pick<Event, 'deadline'>) =>
  new Date(Date.parse(event.deadline) - 10 * DAY_MS);

/** A language of the event other than its original (the original where it has one language only). */
export const otherLanguage = (event: Pick<Event, 'languages' | 'original'>) =>
  event.languages.find((lang) => lang !== event.original) ?? event.original;
