import type { AppContext } from '#server/context.ts';
import { bare } from '#server/http/errors.ts';
import { isSameOrigin } from '#server/http/origin.ts';
import { currentSession, type CurrentSession, type Touch } from './session.ts';

/** The 401s of the gate: the page answers them with the sign-in page (`needsSignIn`). */
const signInRefusals = new WeakSet<Response>();

/**
 * Whether a handler's answer is the gate's "no session" refusal, which the page turns into the
 * sign-in page (401, HTML) rather than sending it bare.
 */
export function needsSignIn(result: unknown): result is Response {
  return result instanceof Response && signInRefusals.has(result);
}

/**
 * The check in front of every organisers' route, in one order: a method the route has (else 405),
 * the same origin for a POST (else 403, CSRF), then a session (else 401, marked for
 * `needsSignIn`; the request's body is left unread, for the sign-in page to keep a posted form).
 * Returns the session, or the refusal to send.
 * @example const gate = await organiserGate(request, ctx, ['GET']); if (gate instanceof Response) return gate;
 */
export async function organiserGate(
  request: Request,
  ctx: AppContext,
  methods: readonly ('GET' | 'POST')[],
  touch: Touch = 'auto',
): Promise<CurrentSession | Response> {
  if (!(methods as readonly string[]).includes(request.method))
    return bare(405, { Allow: methods.join(', ') });
  if (request.method === 'POST' && !isSameOrigin(request)) return bare(403);
  const session = await currentSession(request, ctx, touch);
  if (session) return session;
  const refusal = bare(401);
  signInRefusals.add(refusal);
  return refusal;
}
