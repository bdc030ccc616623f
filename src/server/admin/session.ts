import type { AppEnv } from '#schemas/env.ts';
import type { SessionStore } from '#server/store/store.ts';
import { clearCookie, cookieNames, readCookie, setCookie } from '#server/http/cookies.ts';
import { hmacSha256Hex, newSessionId, sha256Hex } from '#server/ids.ts';
import type { AdminSession } from '#server/store/store.ts';
import { accessIdentity } from './access.ts';

/** What sessions need of the request's context (src/server/context.ts), which gives it. */
interface SessionContext {
  env: AppEnv;
  sessions: SessionStore;
  now: Date;
}

/** Sessions end 12 hours after sign-in, or after 60 minutes without a request. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;
/** Activity is recorded at most this often (a KV write), which is well within the idle limit. */
const TOUCH_EVERY_SECONDS = 5 * 60;
/** The most often activity is recorded even when asked to ("Stay signed in"). */
const TOUCH_AT_MOST_EVERY_SECONDS = 60;

/** The session of a request as pages see it: who, and when it ends unless there is activity. */
export interface CurrentSession extends AdminSession {
  /** The hash the session is stored under (null with Cloudflare Access, which keeps no session here). */
  key: string | null;
  /** When the session ends: 60 idle minutes after its last recorded activity, or its absolute end (ISO; null with Access). */
  endsAt: string | null;
  /** Whether `endsAt` is the absolute end, which no activity moves. */
  final: boolean;
}

/**
 * When a request records activity: `auto` at most every 5 minutes (every page), `always` (the
 * "Stay signed in" button, which must extend the session whatever the last page was), `never`
 * (the idle warning's own check, which must not count as activity).
 */
export type Touch = 'auto' | 'always' | 'never';

const seconds = (date: Date | string) => Math.floor(new Date(date).getTime() / 1000);

/**
 * A fingerprint of the organisers' password in force, stored with each session so that changing
 * ADMIN_PASSWORD ends every session signed in with the old one. An HMAC under INVITE_SECRET rather
 * than a plain hash: whoever reads KV cannot test password guesses against it without that secret.
 */
export function passwordFingerprint(
  env: { ADMIN_PASSWORD: string; INVITE_SECRET: string; DOOR_PASSWORD?: string | undefined },
  role?: 'door',
): Promise<string> {
  // A door session ends when the door's password changes (or is removed), an organiser's when theirs does.
  if (role === 'door')
    return hmacSha256Hex(env.INVITE_SECRET, `door-password:${env.DOOR_PASSWORD ?? crypto.randomUUID()}`);
  return hmacSha256Hex(env.INVITE_SECRET, `admin-password:${env.ADMIN_PASSWORD}`);
}

/** The session id in the request's cookie, when it has the shape of one. */
function sessionId(request: Request): string | null {
  const id = readCookie(request, cookieNames.admin);
  return id && /^[A-Za-z0-9_-]{43}$/.test(id) ? id : null;
}

/**
 * Starts a session for `name`: a new random id (never reused), stored under its hash with the
 * fingerprint of the password in force. The browser's previous session, if any, ends on the server.
 */
export async function startSession(
  request: Request,
  ctx: SessionContext,
  name: string,
  role?: 'door',
  /** The event a door session is for. */
  event?: string,
): Promise<{ cookie: string; key: string }> {
  const previous = sessionId(request);
  if (previous) await ctx.sessions.deleteSession(await sha256Hex(previous));
  const id = newSessionId();
  const key = await sha256Hex(id);
  const now = ctx.now.toISOString();
  await ctx.sessions.putSession(
    key,
    {
      name,
      createdAt: now,
      lastSeenAt: now,
      credential: await passwordFingerprint(ctx.env, role),
      ...(role ? { role } : {}),
      ...(role && event ? { event } : {}),
    },
    seconds(ctx.now) + SESSION_ABSOLUTE_SECONDS,
  );
  return {
    cookie: setCookie(cookieNames.admin, id, { sameSite: 'Strict', maxAge: SESSION_ABSOLUTE_SECONDS }),
    key,
  };
}

/**
 * The organiser's session of this request, or null when absent, forged, idle, expired, or signed
 * in with a password no longer in force. With Cloudflare Access configured, only a valid Access JWT
 * counts (Access then owns sign-in, expiry and sign-out) and a password session's cookie is
 * ignored: one gate for every admin page.
 */
export async function currentSession(
  request: Request,
  ctx: SessionContext,
  touch: Touch = 'auto',
): Promise<CurrentSession | null> {
  if (ctx.env.access) {
    const identity = await accessIdentity(request, ctx.env.access, ctx.now);
    if (!identity) return null;
    return {
      name: identity.name,
      createdAt: identity.issuedAt.toISOString(),
      lastSeenAt: ctx.now.toISOString(),
      key: null,
      endsAt: null,
      final: false,
    };
  }
  const id = sessionId(request);
  if (!id) return null;
  const hash = await sha256Hex(id);
  const { session, seenAt } = await ctx.sessions.getSession(hash);
  if (!session) return null;
  const lastSeenAt = seenAt && seenAt > session.lastSeenAt ? seenAt : session.lastSeenAt;
  const now = seconds(ctx.now);
  const expiration = seconds(session.createdAt) + SESSION_ABSOLUTE_SECONDS;
  if (
    session.credential !== (await passwordFingerprint(ctx.env, session.role)) ||
    now >= expiration ||
    now - seconds(lastSeenAt) >= SESSION_IDLE_SECONDS
  ) {
    await ctx.sessions.deleteSession(hash);
    return null;
  }
  const idle = now - seconds(lastSeenAt);
  // "Stay signed in" records activity at once, but not more than once a minute: a stuck script or
  // many tabs must not turn it into a KV write per request (KV takes one write a second per key).
  const due =
    touch === 'always'
      ? idle >= TOUCH_AT_MOST_EVERY_SECONDS
      : touch === 'auto' && idle >= TOUCH_EVERY_SECONDS;
  // KV refuses an expiration less than 60 s ahead; so close to the absolute end, nothing to extend.
  const touched = due && expiration - now > 60;
  if (touched) await ctx.sessions.touchSession(hash, ctx.now.toISOString(), expiration);
  const seen = touched ? now : seconds(lastSeenAt);
  const idleEnd = seen + SESSION_IDLE_SECONDS;
  return {
    name: session.name,
    createdAt: session.createdAt,
    ...(session.role ? { role: session.role } : {}),
    ...(session.event ? { event: session.event } : {}),
    lastSeenAt: new Date(seen * 1000).toISOString(),
    key: hash,
    endsAt: new Date(Math.min(idleEnd, expiration) * 1000).toISOString(),
    final: expiration <= idleEnd,
  };
}

/** Ends the session on the server and returns the Set-Cookie that clears it in the browser. */
export async function endSession(request: Request, ctx: SessionContext): Promise<string> {
  const id = readCookie(request, cookieNames.admin);
  if (id) await ctx.sessions.deleteSession(await sha256Hex(id));
  return clearCookie(cookieNames.admin, 'Strict');
}
