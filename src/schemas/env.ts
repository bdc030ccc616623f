import { z } from 'zod';

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

/** Plain http is for a key set served on this machine (the tests), never over a network. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Access team domain as the origin that signs its JWTs (their `iss`), from
 * `myteam.cloudflareaccess.com` or `https://myteam.cloudflareaccess.com`; undefined when it is not
 * a bare https origin (or http on a loopback host).
 */
function accessIssuer(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return undefined;
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
  const bare = !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  return secure && bare ? url.origin : undefined;
}

/** Set when Cloudflare Access guards the organisers' pages: its JWTs' issuer and audience. */
export interface AccessSettings {
  /** The team domain's origin, such as `https://myteam.cloudflareaccess.com`. */
  issuer: string;
  /** The Access application's AUD tag. */
  audience: string;
}

/** The Worker's secrets and vars (bindings are typed by `wrangler types`, not parsed). */
export const envSchema = z
  .object({
    /** The organisers' password (`wrangler secret put ADMIN_PASSWORD`). */
    ADMIN_PASSWORD: z.string().min(16, 'ADMIN_PASSWORD must have at least 16 characters'),
    /**
     * The door's password (`wrangler secret put DOOR_PASSWORD`), optional: it signs in to the door
     * list only (arrivals at the entrance), never to the guest list, the files or the replies.
     */
    DOOR_PASSWORD: z.preprocess(
      emptyAsMissing,
      z.string().min(16, 'DOOR_PASSWORD must have at least 16 characters').optional(),
    ),
    /** The key of the personal links' HMAC (`wrangler secret put INVITE_SECRET`). */
    INVITE_SECRET: z.string().min(32, 'INVITE_SECRET must have at least 32 characters'),
    /** Overrides the event's deadline without a rebuild: ISO 8601 with an offset. */
    RSVP_DEADLINE: z.preprocess(emptyAsMissing, z.iso.datetime({ offset: true }).optional()),
    /** Cloudflare Access's team domain: with ACCESS_AUD, Access replaces the password sign-in. */
    ACCESS_TEAM_DOMAIN: z.preprocess(
      emptyAsMissing,
      z
        .string()
        .trim()
        .transform((value, ctx) => {
          const issuer = accessIssuer(value);
          if (issuer) return issuer;
          ctx.issues.push({
            code: 'custom',
            input: value,
            message:
              'ACCESS_TEAM_DOMAIN must be a host such as myteam.cloudflareaccess.com or its https:// origin',
          });
          return z.NEVER;
        })
        .optional(),
    ),
    /** The sender of the mail to the event's mailbox, an address on the site's zone; unset: no mail. */
    MAIL_FROM: z.preprocess(emptyAsMissing, z.email('MAIL_FROM must be an e-mail address').optional()),
    /** The Application Audience (AUD) tag of the Access application that protects /admin. */
    ACCESS_AUD: z.preprocess(emptyAsMissing, z.string().trim().min(1, 'ACCESS_AUD is blank').optional()),
  })
  .superRefine((env, ctx) => {
    if (env.DOOR_PASSWORD !== undefined && env.DOOR_PASSWORD === env.ADMIN_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['DOOR_PASSWORD'],
        message: 'DOOR_PASSWORD must differ from ADMIN_PASSWORD (the door sees the door list only)',
      });
    }
    // One without the other would silently leave the password sign-in on: refuse to start instead.
    if ((env.ACCESS_TEAM_DOMAIN === undefined) === (env.ACCESS_AUD === undefined)) return;
    ctx.addIssue({
      code: 'custom',
      path: [env.ACCESS_TEAM_DOMAIN === undefined ? 'ACCESS_TEAM_DOMAIN' : 'ACCESS_AUD'],
      message: 'Set both ACCESS_TEAM_DOMAIN and ACCESS_AUD to use Cloudflare Access, or neither',
    });
  })
  // Optional in the output, so code that builds a context by hand (scripts/bench.ts) needs no change.
  .transform(({ ACCESS_TEAM_DOMAIN, ACCESS_AUD, ...env }): typeof env & { access?: AccessSettings } =>
    ACCESS_TEAM_DOMAIN && ACCESS_AUD
      ? { ...env, access: { issuer: ACCESS_TEAM_DOMAIN, audience: ACCESS_AUD } }
      : env,
  );

export type AppEnv = z.output<typeof envSchema>;
