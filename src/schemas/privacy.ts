import { z } from 'zod';

const line = z.string().trim().min(1);

/** A paragraph whose facts come from the event configuration through placeholders. */
function template(...names: string[]) {
  return line.refine((text) => names.every((name) => text.includes(`{${name}}`)), {
    message: `must contain ${names.map((name) => `{${name}}`).join(', ')}`,
  });
}

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
