import { z } from 'zod';
import { template } from './text.ts';

const line = z.string().trim().min(1);

const section = <T extends z.ZodType>(text: T) => z.strictObject({ heading: line, text });

/**
 * The privacy statement in one language (Regulation (EU) 2018/1725, Articles 15–16): the same nine
 * sections in every language; the event's names, purpose and data from its texts, its facts from
 * `event.yaml` (`privacy`, `retention`).
 */
export const privacySchema = z.strictObject({
  title: line,
  intro: line,
  /** Its text is the event's (texts/{lang}.yaml, sentences.controller). */
  controller: z.strictObject({ heading: line }),
  /** Why: the event's words (texts/{lang}.yaml, privacy.purpose). */
  purpose: z.strictObject({ heading: line }),
  legalBasis: section(line),
  /** Which data: the event's words (texts/{lang}.yaml, privacy.data), as its options collect them. */
  data: z.strictObject({ heading: line }),
  recipients: section(template('processor')),
  /** What is logged: our code logs no personal data; the platform's request log is the exception. */
  logs: section(line),
  retention: section(template('days', 'floorDays')),
  rights: section(template('mailbox')),
  dpo: section(template('dpo')),
  /** Its text is the event's (texts/{lang}.yaml, sentences.complaint). */
  complaint: z.strictObject({ heading: line }),
});

export type Privacy = z.output<typeof privacySchema>;
