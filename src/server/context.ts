import { waitUntil } from 'cloudflare:workers';
import { envSchema, type AppEnv } from '#schemas/env.ts';
import { effectiveDeadline } from './deadline.ts';
import type { Mail } from '#server/mail/send.ts';
import { createStore, type Store } from '#server/store/store.ts';

/** What every handler gets: validated settings, the store, the time, the deadline in force. */
export interface AppContext {
  env: AppEnv;
  store: Store;
  now: Date;
  deadline: Date;
  /** The rate-limiting bindings (wrangler.toml `[[ratelimits]]`). */
  limits: { rsvp: RateLimit; links: RateLimit; login: RateLimit; loginFailures: RateLimit };
  /** Mail to the event's mailbox, or null when MAIL_FROM or the binding is missing. */
  mail: Mail | null;
  /** Work that goes on after the response (the request's waitUntil), such as mail. */
  defer: (work: Promise<unknown>) => void;
}

/**
 * Builds the context from the Worker's bindings. `now` is injected so tests move the clock.
 * @example const ctx = appContext(env, new Date());
 */
export function appContext(
  bindings: Env,
  now: Date = new Date(),
  defer: (work: Promise<unknown>) => void = waitUntil,
): AppContext {
  const env = envSchema.parse(bindings);
  // The store dates expirations by the real clock, not `now`: KV checks them against its own clock
  // and refuses any that is not at least 60 s ahead (a test at a 2014 `now` would write none).
  return {
    env,
    store: createStore(bindings.RSVPS),
    now,
    deadline: effectiveDeadline(env.RSVP_DEADLINE),
    limits: {
      rsvp: bindings.RSVP_LIMITER,
      links: bindings.LINK_LIMITER,
      login: bindings.LOGIN_LIMITER,
      loginFailures: bindings.LOGIN_FAILURE_LIMITER,
    },
    mail: env.MAIL_FROM && bindings.MAILBOX ? { from: env.MAIL_FROM, binding: bindings.MAILBOX } : null,
    defer,
  };
}
