import { z } from 'zod';

const line = z.string().trim().min(1);

/**
 * The front matter of a letter (`src/content/events/{id}/letters/{lang}.md`); the letter itself is
 * the Markdown after it, with `{placeholders}` for the event's facts (./event.ts, `letterPlaceholders`).
 */
export const letterSchema = z.strictObject({
  /** The opening line ("Dear colleague,"). */
  salutation: line,
  /** The closing line, before the signature ("Yours sincerely,"). */
  closing: line,
  /** In a translation: "This is a translation; the original prevails", linked to the original. */
  notice: line.optional(),
});

export type Letter = z.output<typeof letterSchema>;

/**
 * The placeholders a letter may use, filled in its language when the page is built. A translation
 * keeps every fact of its original (`letterFacts`); the names among them (the title, the host, the
 * city, the occasion) it may write in its own words, as languages that inflect names must.
 */
export const letterPlaceholders = [
  'title',
  'host',
  'date',
  'time',
  'end',
  'deadline',
  'venue',
  'city',
  'mailbox',
  'occasion',
  'occasionDate',
] as const;

/** The placeholders a translation must keep where its original has them: facts, never words. */
export const letterFacts: readonly string[] = [
  'date',
  'time',
  'end',
  'deadline',
  'venue',
  'mailbox',
  'occasionDate',
];
