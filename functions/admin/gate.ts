import type { AppContext } from '../context.ts';
import { bare } from '../http.ts';
import { isSameOrigin } from '../origin.ts';
import type { AdminSession } from '../store.ts';
import { currentSession } from './session.ts';

/**
 * The check in front of every organisers' route, in one order: a method the route has (else 405),
 * the same origin for a POST (else 403, CSRF), then a session (else 401). Returns the session, or
 * the refusal to send.
 * @example const gate = await organiserGate(request, ctx, ['GET']); if (gate instanceof Response) return gate;
 */
export async function organiserGate(
  request: Request,
  ctx: AppContext,
  methods: readonly ('GET' | 'POST')[],
): Promise<AdminSession | Response> {
  if (!(methods as readonly string[]).includes(request.method))
    return bare(405, { Allow: methods.join(', ') });
  if (request.method === 'POST' && !isSameOrigin(request)) return bare(403);
  return (await currentSession(request, ctx)) ?? bare(401);
}
