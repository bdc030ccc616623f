import { z } from 'zod';

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** The Worker's secrets and vars (bindings are typed by `wrangler types`, not parsed). */
export const envSchema = z.object({
  /** The organisers' password (`wrangler secret put ADMIN_PASSWORD`). */
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must have at least 12 characters'),
  /** The key of the personal links' HMAC (`wrangler secret put INVITE_SECRET`). */
  INVITE_SECRET: z.string().min(32, 'INVITE_SECRET must have at least 32 characters'),
  /** Overrides the event's deadline without a rebuild: ISO 8601 with an offset. */
  RSVP_DEADLINE: z.preprocess(emptyAsMissing, z.iso.datetime({ offset: true }).optional()),
});

export type AppEnv = z.output<typeof envSchema>;
