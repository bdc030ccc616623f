import type { Guest } from '#schemas/guest.ts';
import type { AppContext } from '#server/context.ts';
import { cookieNames, readCookie, setCookie } from '#server/http/cookies.ts';
import { HttpError } from '#server/http/errors.ts';
import { RATE_LIMIT_RETRY_AFTER, clientAddress, withinLimit } from '#server/http/limits.ts';
import { seeOther } from '#server/http/responses.ts';
import { urls } from '#server/urls.ts';
import { createToken, readToken } from '#server/tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The guest a token stands for, if the token is genuine, its link version is still current and
 * the invitation has not been withdrawn.
 */
export async function guestForToken(token: string, ctx: AppContext): Promise<Guest | null> {
  const claim = await readToken(ctx.env.INVITE_SECRET, token);
  if (!claim) return null;
  const guest = await ctx.store.getGuest(claim.guestId);
  return guest && guest.linkVersion === claim.version && !guest.withdrawn ? guest : null;
}

/** The invited guest of this request (its invitation cookie), or 401 / 403 (docs/design.md, "Errors"). */
export async function requireGuest(request: Request, ctx: AppContext): Promise<Guest> {
  const token = readCookie(request, cookieNames.invitation);
  if (!token) throw new HttpError('invitation_required');
  const guest = await guestForToken(token, ctx);
  if (!guest) throw new HttpError('invitation_invalid');
  return guest;
}

/** The personal link of a guest's current link version, on `baseUrl`. */
export async function invitationLink(guest: Guest, secret: string, baseUrl: string | URL): Promise<string> {
  return new URL(`/i/${await createToken(secret, guest.id, guest.linkVersion)}`, baseUrl).href;
}

/**
 * `GET /i/{token}`: a valid link sets the invitation cookie and sends the guest to their reply page
 * (303, so the token leaves the address bar at once). Unknown, forged and revoked links alike are
 * refused with one and the same `link_invalid` (the site's 404 page for a link).
 */
export async function openInvitation(token: string, ctx: AppContext, request: Request): Promise<Response> {
  const guest = await guestForToken(token, ctx);
  if (!guest) {
    // Only failed lookups count, per client address: guessing links is slowed, guests never are.
    if (!(await withinLimit(ctx.limits.links, clientAddress(request)))) {
      throw new HttpError('rate_limited', { headers: { 'Retry-After': RATE_LIMIT_RETRY_AFTER } });
    }
    throw new HttpError('link_invalid');
  }
  // The cookie outlives the reply period (a guest may come back to see their reply) and is Lax:
  // Strict would not be sent when the link is opened from webmail.
  const expires = new Date(Math.max(Date.parse(ctx.event.end), ctx.now.getTime() + 30 * DAY_MS));
  return seeOther(
    urls.reply(ctx.event, guest.language),
    setCookie(cookieNames.invitation, token, { sameSite: 'Lax', expires }),
  );
}
