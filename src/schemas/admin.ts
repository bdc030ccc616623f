import { z } from 'zod';
import { limits, text } from './text.ts';

/** The organisers' sign-in form. */
export const adminLoginSchema = z.strictObject({
  name: text(limits.name, { required: true }),
  password: z.string().min(1, 'required').max(200, 'too_long'),
});

export type AdminLogin = z.output<typeof adminLoginSchema>;
