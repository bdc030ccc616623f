import type { Guest } from '#schemas/guest.ts';
import type { Event } from '#schemas/event.ts';
import type { AppContext, SiteContext } from '#server/context.ts';
import { cookieNames, invitationEvents, readCookie, setCookie } from '#server/http/cookies.ts';
import { HttpError } from '#server/http/errors.ts';
import { RATE_LIMIT_RETRY_AFTER, clientAddress, withinLimit } from '#server/http/limits.ts';
import { seeOther } from '#server/http/responses.ts';
import { urls } from '#server/urls.ts';
import { createToken, readToken, tokenEvent } from '#server/tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The guest a token stands for, if the token is genuine, its link version is still current and
 * the invitation has not been withdrawn.
 */
export async function guestForToken(token: string, ctx: AppContext): Promise<Guest | null> {
  const claim = await readToken(ctx.env.INVITE_SECRET, token, ctx.settings.legacyEvent);
  // A genuine link of another event opens nothing here: each event reads its own guests only.
  if (!claim || claim.eventId !== ctx.event.id) return null;
  const guest = await ctx.store.getGuest(claim.guestId);
  return guest && guest.linkVersion === claim.version && !guest.withdrawn ? guest : null;
}

/**
 * The invited guest of this request (its invitation cookie for the context's event), or 401 / 403
 * (docs/design.md, "Errors").
 */
export async function requireGuest(request: Request, ctx: AppContext): Promise<Guest> {
  const token = readCookie(request, cookieNames.invitation(ctx.event.id));
  if (!token) throw new HttpError('invitation_required');
  const guest = await guestForToken(token, ctx);
  if (!guest) throw new HttpError('invitation_invalid');
  return guest;
}

/** The personal link of a guest's current link version to one event, on `baseUrl`. */
export async function invitationLink(
  eventId: string,
  guest: Guest,
  secret: string,
  baseUrl: string | URL,
): Promise<string> {
  return new URL(urls.personalLink(await createToken(secret, eventId, guest.id, guest.linkVersion)), baseUrl)
    .href;
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
    setCookie(cookieNames.invitation(ctx.event.id), token, { sameSite: 'Lax', expires }),
  );
}

/**
 * The event a personal link names (`/i/{token}`). A link that names no event of the site is
 * refused as every unknown link is, and counts against the client's allowance of failed lookups.
 */
export async function eventOfLink(token: string, site: SiteContext, request: Request): Promise<Event> {
  const id = tokenEvent(token, site.settings.legacyEvent);
  const event = site.events.find((item) => item.id === id);
  if (event) return event;
  if (!(await withinLimit(site.limits.links, clientAddress(request)))) {
    throw new HttpError('rate_limited', { headers: { 'Retry-After': RATE_LIMIT_RETRY_AFTER } });
  }
  throw new HttpError('link_invalid');
}

/**
 * The event a reply (`/api/rsvp`) is about: the one `?event=` names, else the one event whose
 * invitation cookie the browser holds; several without `?event=` cannot be told apart (400, field
 * `event`). With none, the site's default event: the handler's own checks then answer in their
 * order (a request without an invitation is `invitation_required` after its type and size).
 */
export function eventOfReply(request: Request, site: SiteContext): Event {
  const named = new URL(request.url).searchParams.get('event');
  if (named !== null) {
    const event = site.events.find((item) => item.id === named);
    if (!event) throw new HttpError('not_found');
    return event;
  }
  const held = site.events.filter((event) => invitationEvents(request).includes(event.id));
  if (held.length > 1) throw new HttpError('validation_failed', { fields: { event: 'required' } });
  const chosen =
    held[0] ?? site.events.find((event) => event.id === site.settings.defaultEvent) ?? site.events[0];
  if (!chosen) throw new HttpError('not_found');
  return chosen;
}
