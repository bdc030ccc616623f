import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import type { Event } from '#schemas/event.ts';
import { siteContext, type AppContext } from '#server/context.ts';
import { cookieNames } from '#server/http/cookies.ts';
import { eventKeys } from '#server/store/keys.ts';
import { createStore } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import type { Guest } from '#schemas/guest.ts';
import { aGuest } from '#tests/support/fixtures.ts';
import { allParts, eventUnderTest, events, openTime, site, withOptions } from '#tests/support/events.ts';
import type { ReplyView } from '#server/invitee/views.ts';
import { handleLogin } from './through.ts';

export const SITE = 'https://invitation.test';

/** The event of this worker project (vitest.config.ts), as shipped. */
export const SHIPPED = eventUnderTest((env as unknown as { TEST_EVENT?: string }).TEST_EVENT);
/**
 * The event of these tests' guests and replies: the shipped one (its id, languages, times,
 * categories, mailbox and words) with every part of the reply on, so each part is exercised for
 * every event; tests/worker/options.test.ts holds what changes when the event leaves a part out.
 */
export const EVENT = withOptions(SHIPPED, allParts);
/** A time when the event's replies are open, and its deadline. */
export const OPEN_NOW = openTime(EVENT);
export const DEADLINE = new Date(EVENT.deadline);
/** `hours` (and `ms`) after OPEN_NOW: the times of replies in a test, whatever the event's dates. */
export const openAt = (hours: number, ms = 0) => new Date(OPEN_NOW.getTime() + hours * 3_600_000 + ms);
/** The same time as stored (ISO 8601, UTC). */
export const openIso = (hours: number, ms = 0) => openAt(hours, ms).toISOString();

/** Work a handler left to run after its response (the mail to the mailbox), until settled. */
const deferred: Promise<unknown>[] = [];

/** Waits for the work handlers deferred, as the Worker's waitUntil would. */
export async function settle(): Promise<void> {
  while (deferred.length) await Promise.all(deferred.splice(0));
}

/** The handler context over the real KV binding, at `now`, with optional env overrides. */
export function context(
  now: Date = OPEN_NOW,
  overrides: Record<string, unknown> = {},
  event: Event = EVENT,
): AppContext {
  // The event given stands in for the shipped one of its id, so routes that find it by id find it;
  // an event of another id (a test's own, with keys of its own) is added to the site's.
  const withEvent = events.some((item) => item.id === event.id)
    ? events.map((item) => (item.id === event.id ? event : item))
    : [...events, event];
  return siteContext({ ...env, ...overrides } as Env, site, withEvent, now, (work) =>
    deferred.push(work),
  ).forEvent(event);
}

/** The keys of that event (src/server/store/keys.ts): tests read and plant KV through them. */
export const keys = eventKeys(EVENT);

/** The store of that event over the real KV binding. */
export const eventStore = () => createStore(env.RSVPS, EVENT);

let counter = 0;

/** Stores a guest and returns it with the invitation cookie of its personal link. */
export async function invitedGuest(overrides: Partial<Guest> = {}) {
  const guest = aGuest(
    {
      id: `g${Date.now().toString(36)}${(counter++).toString(36)}`.slice(0, 20),
      ...overrides,
    },
    EVENT,
  );
  await eventStore().putGuest(guest);
  const token = await createToken(env.INVITE_SECRET, EVENT.id, guest.id, guest.linkVersion);
  return { guest, token, cookie: `${cookieNames.invitation(EVENT.id)}=${token}` };
}

/** Every key of the namespace with its value and metadata: to prove a refusal wrote nothing. */
export async function snapshot() {
  const entries: Record<string, { value: string | null; metadata: unknown }> = {};
  let cursor: string | undefined;
  do {
    const page = await env.RSVPS.list({ cursor });
    for (const key of page.keys) {
      entries[key.name] = { value: await env.RSVPS.get(key.name), metadata: key.metadata ?? null };
    }
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return entries;
}

/** A request to /api/rsvp from the site's own page (same-origin) unless headers say otherwise. */
export function rsvpRequest(
  body: unknown,
  {
    method = 'POST',
    type = 'application/json',
    cookie,
    headers = {},
  }: { method?: string; type?: string | null; cookie?: string; headers?: Record<string, string> } = {},
): Request {
  const init: RequestInit = {
    method,
    headers: {
      ...(type ? { 'Content-Type': type } : {}),
      'Sec-Fetch-Site': 'same-origin',
      Origin: SITE,
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
  };
  if (method !== 'GET' && method !== 'HEAD' && body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  return new Request(`${SITE}/api/rsvp`, init);
}

/** A form body as the no-JS form sends it. */
export function form(fields: [string, string][]): string {
  return new URLSearchParams(fields).toString();
}

/** The status of either kind of answer. */
export function statusOf(result: Response | ReplyView): number {
  return result.status;
}

/** The JSON error of a refusal, asserting its status and code. */
export async function expectError(result: Response | ReplyView, status: number, code: string) {
  expect(result).toBeInstanceOf(Response);
  const response = result as Response;
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as {
    error: { code: string; message: string; fields?: Record<string, string> };
  };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error;
}

/** Asserts a form answer is a page view of `kind` with `status`, and returns it narrowed. */
export function expectView<K extends ReplyView['kind']>(
  result: Response | ReplyView,
  kind: K,
  status: number,
): Extract<ReplyView, { kind: K }> {
  expect(result).not.toBeInstanceOf(Response);
  const view = result as ReplyView;
  expect(view.kind).toBe(kind);
  expect(view.status).toBe(status);
  return view as Extract<ReplyView, { kind: K }>;
}

export const ADMIN_PASSWORD = 'worker-test-organiser-password';
let address = 0;
/** A distinct client address per sign-in: the login limit counts attempts per address. */
export const nextAddress = () => `2001:db8:${(Math.random() * 0xffff) | 0}::${(++address).toString(16)}`;

/**
 * Signs an organiser in through the real handler and returns the session cookie (`name=value`),
 * valid at `now`. KV refuses an expiry before the real clock, so a session for a time long past
 * (a past event's replies) is opened at the real time: it is still valid at `now`.
 */
export async function signIn(now: Date = OPEN_NOW, name = 'Protocol Officer'): Promise<string> {
  if (now.getTime() < Date.now() - 3_600_000) now = new Date();
  const request = new Request(`${SITE}/admin/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': nextAddress(),
    },
    body: new URLSearchParams({ name, password: ADMIN_PASSWORD }).toString(),
  });
  const response = (await handleLogin(request, context(now))) as Response;
  expect(response.status).toBe(303);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

/** A same-origin form POST to an organisers' route, with the session cookie. */
export function adminPost(
  path: string,
  fields: [string, string][],
  cookie: string,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${SITE}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A GET of an organisers' route, with the session cookie if given. */
export const adminGet = (path: string, cookie = '') =>
  new Request(`${SITE}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
