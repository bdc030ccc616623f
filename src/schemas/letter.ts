import { z } from 'zod';
import { template } from './text.ts';

const line = z.string().trim().min(1);

/**
 * The letter's own lists in a language other than the original's (English, in src/content/event.ts).
 * The event's names (title, role, city, …) are in src/content/event-names.ts for every language.
 */
export const eventTranslationSchema = z.strictObject({
  /** In the order of the event's topics. */
  topics: z.array(line).min(1),
  /** The addressees as the letter lists them, by audience category. */
  audience: z.strictObject({ minister: line, coordinator: line, industry: line }),
});

/**
 * The prose of the letter in one language. Facts (dates, venue, mailbox, topics, addressees) are not
 * in the sentences: they come from the event module through the placeholders, so every language
 * states them alike. A translation also carries the event's texts and the notice that the English
 * original prevails.
 */
export const letterSchema = z.strictObject({
  salutation: line,
  /** Background, then the announcement: the third names the Council ({councilDate}), the fourth the dinner ({date}). */
  paragraphs: z.tuple([line, line, template('councilDate'), template('date')]),
  topicsIntro: line,
  audience: template('audience'),
  // {city} is offered, not required: languages that inflect place names write the city themselves.
  venue: template('date', 'time', 'place', 'occasion'),
  reply: template('deadline', 'mailbox'),
  lookForward: template('date'),
  closing: line,
  translation: z
    .strictObject({
      /** "This is a translation; the English original prevails." in the page's language. */
      originalPrevails: line,
      event: eventTranslationSchema,
    })
    .optional(),
});

export type Letter = z.output<typeof letterSchema>;
