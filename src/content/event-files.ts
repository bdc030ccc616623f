import type { z } from 'zod';
import { isLocale, locales, type Locale } from '#i18n/locales.ts';
import {
  eventFileSchema,
  eventIdSchema,
  eventTextsSchema,
  organisersLanguage,
  reminderPlaceholders,
  type Event,
  type EventTexts,
} from '#schemas/event.ts';
import { placeholders } from '#i18n/template.ts';

/**
 * Reads one event's folder (docs/design.md, "Events"): the data of its YAML files by their path
 * inside the folder (`event.yaml`, `texts/fr.yaml`, …; ./yaml-file.ts reads them). Every problem names the file and the field, so that whoever
 * edits the folder knows where to look; the build stops on the first event that has any.
 */

/** The problems of one or more events' files: the build and the CLI print them as they are. */
export class EventContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The events' content has problems:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'EventContentError';
    this.problems = problems;
  }
}

/** Where the events' folders are, as the messages name files. */
export const EVENTS_FOLDER = 'src/content/events';

/** `path.to.field: message` for each issue of a schema, prefixed by the file. */
function issuesOf(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return `${file}: ${field ? `${field}: ` : ''}${issue.message}`;
  });
}

/** The checks across an event's files: a texts file per language, every category labelled. */
function checkTexts(
  folder: string,
  facts: z.output<typeof eventFileSchema>,
  texts: Partial<Record<Locale, EventTexts>>,
  present: Set<string>,
  problems: string[],
) {
  for (const lang of facts.languages) {
    if (!present.has(lang))
      problems.push(`${folder}/texts/${lang}.yaml: missing (${lang} is one of the event’s languages)`);
  }
  for (const lang of present) {
    if (!(facts.languages as string[]).includes(lang))
      problems.push(
        `${folder}/texts/${lang}.yaml: ${lang} is not one of the event’s languages (event.yaml, languages)`,
      );
  }
  const organisers = organisersLanguage(facts);
  for (const [lang, words] of Object.entries(texts) as [Locale, EventTexts][]) {
    const file = `${folder}/texts/${lang}.yaml`;
    const labels = Object.keys(words.categories ?? {});
    if (words.categories || lang === organisers) {
      for (const code of facts.categories)
        if (!labels.includes(code)) problems.push(`${file}: categories.${code}: the category needs a label`);
      for (const code of labels)
        if (!facts.categories.includes(code))
          problems.push(
            `${file}: categories.${code}: not one of the event’s categories (event.yaml, categories)`,
          );
    }
    for (const [field, template] of [
      ['reminder.subject', words.reminder.subject],
      ['reminder.body', words.reminder.body],
    ] as const) {
      for (const name of placeholders(template))
        if (!reminderPlaceholders.includes(name))
          problems.push(
            `${file}: ${field}: {${name}} is not a placeholder (${reminderPlaceholders.join(', ')})`,
          );
    }
  }
}

/**
 * The event of the folder `id`, from its files (the letters are the build's: ./letters.ts).
 * @throws EventContentError naming each file and field that is wrong
 */
export function parseEvent(id: string, files: Record<string, unknown>): Event {
  const folder = `${EVENTS_FOLDER}/${id}`;
  const problems: string[] = [];
  if (!eventIdSchema.safeParse(id).success) {
    problems.push(
      `${folder}: the folder's name is the event's address and key: lower-case letters, digits and single hyphens, not a language code nor admin, api or i`,
    );
  }
  if (!('event.yaml' in files)) throw new EventContentError([`${folder}/event.yaml: missing`]);
  const parsed = eventFileSchema.safeParse(files['event.yaml'] ?? {});
  if (!parsed.success) problems.push(...issuesOf(`${folder}/event.yaml`, parsed.error));

  const texts: Partial<Record<Locale, EventTexts>> = {};
  const present = new Set<string>();
  for (const [path, data] of Object.entries(files)) {
    const match = /^texts\/([^/]+)\.yaml$/.exec(path);
    if (!match?.[1]) continue;
    const lang = match[1];
    const file = `${folder}/${path}`;
    if (!isLocale(lang)) {
      problems.push(`${file}: ${lang} is not an official EU language code (${locales.join(', ')})`);
      continue;
    }
    present.add(lang);
    const words = eventTextsSchema.safeParse(data ?? {});
    if (words.success) texts[lang] = words.data;
    else problems.push(...issuesOf(file, words.error));
  }
  if (parsed.success) checkTexts(folder, parsed.data, texts, present, problems);
  if (problems.length || !parsed.success) throw new EventContentError(problems);
  return { ...parsed.data, id, texts };
}

/**
 * Every event of the YAML data found under the events folder, by path (`{id}/event.yaml`, …), in the
 * order of their start. All events' problems are reported at once.
 */
export function parseEvents(files: Record<string, unknown>): Event[] {
  const byEvent = new Map<string, Record<string, unknown>>();
  for (const [path, data] of Object.entries(files)) {
    const [id = '', ...rest] = path.split('/');
    byEvent.set(id, { ...byEvent.get(id), [rest.join('/')]: data });
  }
  const events: Event[] = [];
  const problems: string[] = [];
  for (const [id, own] of byEvent) {
    try {
      events.push(parseEvent(id, own));
    } catch (error) {
      if (!(error instanceof EventContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new EventContentError(problems);
  if (!events.length)
    throw new EventContentError([`${EVENTS_FOLDER}: no event (a folder with an event.yaml)`]);
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
