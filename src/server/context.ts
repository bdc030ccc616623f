import { waitUntil } from 'cloudflare:workers';
import type { Event } from '#schemas/event.ts';
import { envSchema, type AppEnv } from '#schemas/env.ts';
import type { Site } from '#schemas/site.ts';
import type { CurrentSession } from './admin/session.ts';
import { effectiveDeadline } from './deadline.ts';
import type { Mail } from './mail/send.ts';
import { createSessionStore, createStore, type SessionStore, type Store } from './store/store.ts';

/**
 * What every request gets (docs/design.md, "The way in and out"): validated settings, the site's
 * events, the organisers' sessions, the time, rate limits and deferred work. The middleware builds
 * it once per request; a route about one event gets that event's context (`forEvent`).
 */
export interface SiteContext {
  env: AppEnv;
  /** The site's settings (src/content/site.yaml). */
  settings: Site;
  /** Every event of the site (src/content/events/), soonest first. */
  events: readonly Event[];
  /** The organisers' sessions and the sign-in lock: the site's, whatever the event. */
  sessions: SessionStore;
  now: Date;
  /** The rate-limiting bindings (wrangler.toml `[[ratelimits]]`). */
  limits: { rsvp: RateLimit; links: RateLimit; login: RateLimit; loginFailures: RateLimit };
  /** Work that goes on after the response (the request's waitUntil), such as mail. */
  defer: (work: Promise<unknown>) => void;
  /** The context of a request about `event`, with its store, deadline and mail. */
  forEvent(event: Event): AppContext;
}

/** The context of a request about one event: nothing below a route reads an event of its own. */
export interface AppContext extends SiteContext {
  event: Event;
  /** The event's part of KV (its keys only). */
  store: Store;
  /** The deadline in force (RSVP_DEADLINE may move it). */
  deadline: Date;
  /** Mail to the event's mailbox, or null when MAIL_FROM or the binding is missing. */
  mail: Mail | null;
}

/** The context of an organisers' route, which the way in (src/server/dispatch.ts) let through. */
export interface OrganiserContext extends AppContext {
  session: CurrentSession;
}

/** The organisers' context of a route about the whole site (the list of events). */
export interface SiteOrganiserContext extends SiteContext {
  session: CurrentSession;
}

/**
 * The bindings' settings, checked once per bindings object: the runtime hands every request of an
 * isolate the same one, and checking it was a tenth of the reply page's Worker CPU (#27).
 */
const checkedEnv = new WeakMap<Env, ReturnType<typeof envSchema.parse>>();
function parsedEnv(bindings: Env) {
  let env = checkedEnv.get(bindings);
  if (!env) {
    env = envSchema.parse(bindings);
    checkedEnv.set(bindings, env);
  }
  return env;
}

/**
 * The context of a request from the Worker's bindings. `now` is injected so tests move the clock.
 * @example const ctx = siteContext(env, site, events).forEvent(event);
 */
export function siteContext(
  bindings: Env,
  settings: Site,
  events: readonly Event[],
  now: Date = new Date(),
  defer: (work: Promise<unknown>) => void = waitUntil,
): SiteContext {
  const env = parsedEnv(bindings);
  const site: SiteContext = {
    env,
    settings,
    events,
    sessions: createSessionStore(bindings.RSVPS),
    now,
    limits: {
      rsvp: bindings.RSVP_LIMITER,
      links: bindings.LINK_LIMITER,
      login: bindings.LOGIN_LIMITER,
      loginFailures: bindings.LOGIN_FAILURE_LIMITER,
    },
    defer,
    forEvent(event) {
      // The store dates expirations by the real clock, not `now`: KV checks them against its own
      // clock and refuses any that is not at least 60 s ahead (a test at a 2014 `now` would write none).
      return {
        ...this,
        event,
        store: createStore(bindings.RSVPS, event),
        deadline: effectiveDeadline(event, env.RSVP_DEADLINE),
        mail: env.MAIL_FROM && bindings.MAILBOX ? { from: env.MAIL_FROM, binding: bindings.MAILBOX } : null,
      };
    },
  };
  return site;
}

/**
 * The context of a request about `event` (tests and scripts; the middleware goes through the site's).
 * @example const ctx = appContext(env, site, event, new Date());
 */
export function appContext(
  bindings: Env,
  settings: Site,
  event: Event,
  now: Date = new Date(),
  defer: (work: Promise<unknown>) => void = waitUntil,
): AppContext {
  return siteContext(bindings, settings, [event], now, defer).forEvent(event);
}

/**
 * The context of an organisers' route about one event, from what the middleware left in `locals`:
 * the way in lets no request through to such a route without a session and its event, so a
 * missing one is a fault of ours.
 */
export function organiserContext(locals: { ctx?: SiteContext; session?: CurrentSession }): OrganiserContext {
  const { ctx, session } = locals;
  if (!ctx || !('event' in ctx) || !session)
    throw new Error(
      'An organisers’ event route ran without its event or a session: is it in src/server/routes.ts?',
    );
  return { ...(ctx as AppContext), session };
}

/** The context of a route about one event, from `locals` (see `organiserContext`). */
export function eventContext(locals: { ctx?: SiteContext }): AppContext {
  const { ctx } = locals;
  if (!ctx || !('event' in ctx))
    throw new Error('An event route ran without its event: is it in src/server/routes.ts?');
  return ctx as AppContext;
}

/** The context the middleware built for this request (see `organiserContext`). */
export function requestContext(locals: { ctx?: SiteContext }): SiteContext {
  if (!locals.ctx) throw new Error('A page rendered on demand ran without the middleware’s context');
  return locals.ctx;
}

/** The organisers' context of a route about the whole site (the list of events, the session's JSON). */
export function siteOrganiserContext(locals: {
  ctx?: SiteContext;
  session?: CurrentSession;
}): SiteOrganiserContext {
  if (!locals.session)
    throw new Error('An organisers’ route ran without a session: is it in src/server/routes.ts?');
  return { ...requestContext(locals), session: locals.session };
}
