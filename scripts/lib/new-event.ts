/**
 * The work of `npm run new-event -- SLUG [--from SLUG]`: a new event's folder, copied from an
 * existing event's content (its facts, options, texts and letters), never from its guests or
 * replies. The demo guest list is new: one demo guest per language of the event, for `npm start`.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_FOLDER, EventContentError } from '#content/event-files.ts';
import { eventIdSchema, type Event } from '#schemas/event.ts';
import { languages } from '#i18n/locales.ts';

/** What was created, for the script to tell the events officer. */
export interface NewEvent {
  folder: string;
  from: Event;
  files: string[];
}

/** A demo guest list for `event`: one guest per language, in its first category, never real people. */
export function demoGuests(event: Pick<Event, 'languages' | 'categories'>): string {
  const header = 'id,name,position,organisation,email,language,category,companions';
  const rows = event.languages.map(
    (lang) =>
      `,Demo guest (${languages[lang]}),Demo position,Demo organisation,,${lang},${event.categories[0]},`,
  );
  return `${[header, ...rows].join('\n')}\n`;
}

/**
 * Creates `src/content/events/{slug}/` under `root` from the event `from` of `events`. Refuses a
 * slug that is not a valid event name, one that exists, and an unknown `from`, writing nothing.
 */
export function createEvent(root: string, events: readonly Event[], slug: string, from: string): NewEvent {
  const name = eventIdSchema.safeParse(slug);
  if (!name.success) {
    const why = name.error.issues.map((issue) => issue.message).join('; ');
    throw new EventContentError([`"${slug}" cannot name an event: ${why} (e.g. spring-reception-2027)`]);
  }
  const folder = join(root, EVENTS_FOLDER, slug);
  if (existsSync(folder)) throw new EventContentError([`${join(EVENTS_FOLDER, slug)} exists already`]);
  const source = events.find((event) => event.id === from);
  if (!source) {
    throw new EventContentError([
      `There is no event "${from}" to start from: the events are ${events.map((event) => event.id).join(', ')}`,
    ]);
  }
  const sourceFolder = join(root, EVENTS_FOLDER, from);
  const files: string[] = [];
  for (const part of ['texts', 'letters']) {
    cpSync(join(sourceFolder, part), join(folder, part), { recursive: true });
    files.push(join(EVENTS_FOLDER, slug, part, '*'));
  }
  const facts = readFileSync(join(sourceFolder, 'event.yaml'), 'utf8');
  writeFileSync(
    join(folder, 'event.yaml'),
    `# Created from ${from} by \`npm run new-event\`: change every fact below for your event.\n${facts}`,
  );
  files.push(join(EVENTS_FOLDER, slug, 'event.yaml'));
  writeFileSync(join(folder, 'guests.demo.csv'), demoGuests(source));
  files.push(join(EVENTS_FOLDER, slug, 'guests.demo.csv'));
  return { folder, from: source, files };
}
