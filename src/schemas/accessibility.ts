import { z } from 'zod';
import { template } from './text.ts';

const line = z.string().trim().min(1);

const section = <T extends z.ZodType>(text: T) => z.strictObject({ heading: line, text });

/**
 * The accessibility statement in one language (Directive (EU) 2016/2102, Article 7, and the model
 * of Implementing Decision (EU) 2018/1523): the compliance status, how it was assessed and when
 * ({date}), the feedback contact (the functional mailbox) and the enforcement procedure.
 */
export const accessibilitySchema = z.strictObject({
  title: line,
  intro: line,
  status: section(line),
  preparation: section(template('date')),
  feedback: section(template('mailbox')),
  enforcement: section(template('ombudsman')),
});

export type Accessibility = z.output<typeof accessibilitySchema>;
