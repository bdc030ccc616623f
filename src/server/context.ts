import { waitUntil } from 'cloudflare:workers';
import type { Event } from '#schemas/event.ts';
import { envSchema, type AppEnv } from '#schemas/env.ts';
import type { CurrentSession } from './admin/session.ts';
import { effectiveDeadline } from './deadline.ts';
import type { Mail } from './mail/send.ts';
import { createStore, type Store } from './store/store.ts';

/** What every handler gets: validated settings, the event, its store, the time, the deadline in force. */
export interface AppContext {
  env: AppEnv;
  /** The event the request is about: nothing below a route reads an event of its own. */
  event: Event;
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

/** The context of an organisers' route, which the way in (src/server/dispatch.ts) let through. */
export interface OrganiserContext extends AppContext {
  session: CurrentSession;
}

/**
 * Builds the context from the Worker's bindings for one event. `now` is injected so tests move
 * the clock.
 * @example const ctx = appContext(env, event, new Date());
 */
export function appContext(
  bindings: Env,
  event: Event,
  now: Date = new Date(),
  defer: (work: Promise<unknown>) => void = waitUntil,
): AppContext {
  const env = envSchema.parse(bindings);
  // The store dates expirations by the real clock, not `now`: KV checks them against its own clock
  // and refuses any that is not at least 60 s ahead (a test at a 2014 `now` would write none).
  return {
    env,
    event,
    store: createStore(bindings.RSVPS, event),
    now,
    deadline: effectiveDeadline(event, env.RSVP_DEADLINE),
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

/**
 * The context of an organisers' route, from what the middleware left in `locals`: the way in lets
 * no request through to such a route without a session, so a missing one is a fault of ours.
 */
export function organiserContext(locals: { ctx: AppContext; session?: CurrentSession }): OrganiserContext {
  if (!locals.session)
    throw new Error('An organisers’ route ran without a session: is it in src/server/routes.ts?');
  return { ...locals.ctx, session: locals.session };
}
