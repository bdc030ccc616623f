import { z } from 'zod';
import { template } from './text.ts';

/**
 * The reminder organisers send from their own mail client to a guest who has not replied (a
 * `mailto:` draft on the dashboard), in the guest's language. Every fact is a placeholder filled
 * from the event in that language; the facts stand on lines of their own, so no sentence has to
 * decline a title or a date.
 */
export const reminderSchema = z.strictObject({
  subject: template('title'),
  body: template('title', 'date', 'time', 'place', 'deadline', 'zone', 'link', 'mailbox').refine(
    (body) => body.includes('\n'),
    'the body is a letter of several lines',
  ),
});

export type Reminder = z.output<typeof reminderSchema>;
