/**
 * The events the browser tests visit, on one build that serves every shipped event: `EVENT` (the
 * site's default, whose guests most journeys use) and `OTHER` (another event of the same site),
 * each with the facts the tests read from it, never written into a test.
 */
import { events, eventUnderTest, site } from '#tests/support/events.ts';

export { events, site };
export { urls } from '#server/urls.ts';

/** The site's default event: the event of the test guests (tests/browser/server.ts). */
export const EVENT = eventUnderTest();

/** Another event of the site: its own guests, words, languages and options. */
export const OTHER = (() => {
  const other = events.find((event) => event.id !== EVENT.id);
  if (!other) throw new Error('The browser tests need a second event in src/content/events');
  return other;
})();
