import { z } from 'zod';
import { template } from './text.ts';

const line = z.string().trim().min(1);

const section = <T extends z.ZodType>(text: T) => z.strictObject({ heading: line, text });

/**
 * The privacy statement in one language (Regulation (EU) 2018/1725, Articles 15–16): the same nine
 * sections in every language, facts from `event.privacy` and `event.retention`.
 */
export const privacySchema = z.strictObject({
  title: line,
  intro: line,
  controller: section(template('controller', 'mailbox')),
  purpose: section(template('title')),
  legalBasis: section(line),
  data: section(line),
  recipients: section(template('processor')),
  /** What is logged: our code logs no personal data; the platform's request log is the exception. */
  logs: section(line),
  retention: section(template('days', 'floorDays')),
  rights: section(template('mailbox')),
  dpo: section(template('dpo')),
  complaint: section(template('supervisor')),
});

export type Privacy = z.output<typeof privacySchema>;
