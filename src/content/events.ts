import type { Event } from '#schemas/event.ts';
import { parseEvents } from './event-files.ts';

/**
 * Every event of the site, from its folder under ./events/: `event.yaml` and `texts/{lang}.yaml`
 * of each, read as data when the site is built (scripts/lib/vite-yaml.ts) and checked when the
 * Worker starts (the letters are the build's, ./letters.ts).
 * A problem in any file stops the build, naming the file and the field (./event-files.ts).
 * Only entry files read this list (the middleware, the Worker's cron, the pages' paths); below
 * them, the request's context carries the event it is about.
 */
const files = import.meta.glob<unknown>(['./events/*/event.yaml', './events/*/texts/*.yaml'], {
  import: 'default',
  eager: true,
});

export const events: readonly Event[] = parseEvents(
  Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^\.\/events\//, ''), text])),
);

/** The event `id`, or undefined when the site has none of that name. */
export function findEvent(id: string): Event | undefined {
  return events.find((event) => event.id === id);
}
