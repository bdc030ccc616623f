import type { SiteOrganiserContext } from '#server/context.ts';
import { json } from '#server/http/responses.ts';
import type { CurrentSession } from './session.ts';

/** Seconds from `now` until the session ends (0 once past; null where Access owns sessions). */
export function secondsLeft(session: CurrentSession, now: Date): number | null {
  if (!session.endsAt) return null;
  return Math.max(0, Math.ceil((Date.parse(session.endsAt) - now.getTime()) / 1000));
}

/**
 * `/admin/session`, for the idle warning of the organisers' pages: GET says how long the session
 * has left without counting as activity (another tab may have kept it going); POST, the "Stay
 * signed in" button, records activity whenever it comes (pages record it at most every 5 minutes,
 * which 5 minutes before the end would not be sure to). Both answer `{ endsIn, final }`, seconds
 * and whether that is the absolute end no activity moves.
 */
export function sessionStatus({ session, now }: SiteOrganiserContext): Response {
  return json({ endsIn: secondsLeft(session, now), final: session.final });
}
