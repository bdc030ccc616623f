import { z } from 'zod';
import { limits, text } from './text.ts';

/** The organisers' sign-in form. */
export const adminLoginSchema = z.strictObject({
  // Recorded as the author of changes: a name, with a letter (not "..." or "=1+1").
  name: text(limits.name, { required: true, letter: true }),
  password: z.string().min(1, 'required').max(200, 'too_long'),
});

export type AdminLogin = z.output<typeof adminLoginSchema>;
