import { z } from 'zod';

const line = z.string().trim().min(1);

/** A sentence with `{name}` placeholders that must all be present, so no language drops a fact. */
function template(...names: string[]) {
  return line.refine((text) => names.every((name) => text.includes(`{${name}}`)), {
    message: `must contain ${names.map((name) => `{${name}}`).join(', ')}`,
  });
}

/**
 * The prose of the letter in one language. Facts (dates, venue, mailbox, topics, addressees) are not
 * here: they come from the event module through the placeholders, so every language states them alike.
 */
export const letterSchema = z.strictObject({
  salutation: line,
  /** Background, then the announcement: the third names the Council ({councilDate}), the fourth the dinner ({date}). */
  paragraphs: z.tuple([line, line, template('councilDate'), template('date')]),
  topicsIntro: line,
  audience: template('audience'),
  venue: template('date', 'time', 'city', 'place', 'occasion'),
  reply: template('deadline', 'mailbox'),
  lookForward: template('city', 'date'),
  closing: line,
});

export type Letter = z.output<typeof letterSchema>;
