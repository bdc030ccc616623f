import { isLocale, type Locale } from '#i18n/locales.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { AppContext } from '#server/context.ts';
import { isOpen } from '#server/deadline.ts';
import { bodyKind, decodeUtf8, parseFormBody, parseJsonBody, readBodyBytes } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { acceptLanguage } from '#server/http/language.ts';
import { RATE_LIMIT_RETRY_AFTER, withinLimit } from '#server/http/limits.ts';
import { isSameOrigin } from '#server/http/origin.ts';
import { json } from '#server/http/responses.ts';
import { newSubmissionId } from '#server/ids.ts';
import { noticeReply } from '#server/mail/notify.ts';
import { requireGuest } from './invitation.ts';
import {
  placeCardOfWhoAttends,
  publicReply,
  readReplyBody,
  replyFromBody,
  replyToFormValues,
  sameAnswer,
} from './reply-values.ts';
import { STORAGE_RETRY_AFTER, refusalView } from './rsvp-refusal.ts';
import type { ReplyView } from './views.ts';

/**
 * Versions one guest's reply may have through the site. Each is kept for good (history), so without
 * a cap a link holder could fill KV's daily writes and the backup; changes beyond it go by e-mail.
 */
export const REPLY_VERSION_CAP = 50;

/**
 * `GET /{event}/{lang}/reply` (its route allows GET and HEAD; the language one of the event's): the guest's reply page: the form
 * (pre-filled with the current reply), or the closed state. Without a valid invitation, the
 * refusal is thrown in the page's language (the site's error page explains it).
 */
export async function replyPage(request: Request, ctx: AppContext, lang: string): Promise<ReplyView> {
  if (!isLocale(lang) || !ctx.event.languages.includes(lang)) throw new HttpError('not_found');
  let guest: Guest;
  let reply: StoredReply | null;
  try {
    guest = await requireGuest(request, ctx);
    reply = await ctx.store.getReply(guest.id);
  } catch (error) {
    if (error instanceof HttpError) throw new HttpError(error.code, { ...error.options, lang });
    throw new HttpError('storage_unavailable', { lang, headers: { 'Retry-After': STORAGE_RETRY_AFTER } });
  }
  const base = { lang, guest, deadline: ctx.deadline };
  if (!isOpen(ctx.now, ctx.deadline)) return { ...base, kind: 'closed', status: 200, reply };
  return {
    ...base,
    kind: 'form',
    status: 200,
    reply,
    values: reply ? replyToFormValues(reply) : {},
    errors: {},
    submissionId: newSubmissionId(),
  };
}

/** `GET /api/rsvp`: the state of the cookie's guest as JSON (a refusal in the browser's language). */
async function rsvpState(request: Request, ctx: AppContext): Promise<Response> {
  const guest = await requireGuest(request, ctx);
  const reply = await ctx.store.getReply(guest.id);
  return json({
    open: isOpen(ctx.now, ctx.deadline),
    deadline: ctx.deadline.toISOString(),
    guest: {
      id: guest.id,
      name: guest.name,
      position: guest.position,
      organisation: guest.organisation,
      language: guest.language,
      companionsAllowed: guest.companions,
    },
    reply: reply ? publicReply(reply) : null,
  });
}

/**
 * The `lang` a body names, if it is one of the event's languages; null for anything else, a body
 * that does not parse included (its refusal comes in its turn, in the guest's language).
 */
function claimedLanguage(
  bytes: Uint8Array,
  kind: ReturnType<typeof bodyKind>,
  ctx: AppContext,
): Locale | null {
  try {
    const text = decodeUtf8(bytes);
    const data = kind === 'json' ? parseJsonBody(text) : parseFormBody(text).data;
    const claimed = (data as { lang?: unknown } | null)?.lang;
    return typeof claimed === 'string' && isLocale(claimed) && ctx.event.languages.includes(claimed)
      ? claimed
      : null;
  } catch {
    return null;
  }
}

/**
 * `/api/rsvp`, the route that writes replies (the Worker). Checks run in the interface's order, the
 * first failing one answers: method (its route's), content type, size, same-origin, invitation,
 * deadline, validation, (rate limit,) storage. A refused request writes nothing. JSON in, JSON
 * out (a refusal is thrown, in the reply's language); a form gets the page to render
 * (confirmation, the form again with its values, the closed state), or a thrown refusal.
 */
export async function handleRsvp(request: Request, ctx: AppContext): Promise<Response | ReplyView> {
  if (request.method === 'GET') return rsvpState(request, ctx);
  const kind = bodyKind(request);

  // The language of any answer: the form's `lang`, else the guest's, else Accept-Language.
  let lang = acceptLanguage(request);
  let guest: Guest | null = null;
  let text = '';
  try {
    const bytes = await readBodyBytes(request);
    if (!isSameOrigin(request)) throw new HttpError('forbidden_origin');
    guest = await requireGuest(request, ctx);
    // The page's language before any refusal, the deadline's included: a guest who sent an English
    // page gets an English answer, not one in the guest list's language (#26).
    lang = claimedLanguage(bytes, kind, ctx) ?? guest.language;
    if (!isOpen(ctx.now, ctx.deadline)) {
      // Kept for the answer: the closed page shows what the guest typed (read leniently; the
      // deadline is the refusal, whatever the body holds).
      text = new TextDecoder().decode(bytes);
      throw new HttpError('rsvp_closed');
    }
    text = decodeUtf8(bytes);

    const result = readReplyBody(text, kind, ctx.event.options);
    if (!result.success) throw new HttpError('validation_failed', { fields: fieldErrors(result.error) });
    const body = result.data;
    if ((body.companions?.length ?? 0) > guest.companions) {
      throw new HttpError('validation_failed', {
        fields: { companions: guest.companions ? 'too_many' : 'companions_not_allowed' },
      });
    }

    if (!(await withinLimit(ctx.limits.rsvp, guest.id))) {
      throw new HttpError('rate_limited', { headers: { 'Retry-After': RATE_LIMIT_RETRY_AFTER } });
    }

    const { reply: current, versions } = await ctx.store.getReplyState(guest.id);
    let reply: StoredReply;
    const candidate = placeCardOfWhoAttends(replyFromBody(body, guest.id, ctx.now), current);
    if (current && body.submissionId && current.submissionId === body.submissionId) {
      reply = current; // a repeated submission: the first answer, nothing written
    } else if (current && sameAnswer(current, candidate)) {
      reply = current; // docs/design.md: an identical reply writes nothing; it is answered as a replay
    } else {
      // Each change is a permanent version: past the cap, the mailbox takes changes (a retry cannot help).
      if (versions >= REPLY_VERSION_CAP) throw new HttpError('too_many_changes');
      reply = candidate;
      try {
        await ctx.store.saveReply(reply, versions);
      } catch {
        throw new HttpError('storage_unavailable', { headers: { 'Retry-After': STORAGE_RETRY_AFTER } });
      }
      // The mailbox hears of it after the answer: a mail failure never delays or loses a reply.
      // Its link is the configured site's, never the request's host (a preview or workers.dev address).
      ctx.defer(noticeReply(ctx, guest, reply, current));
    }

    if (kind === 'json')
      return json({ reply: publicReply(reply), reference: reply.reference, updatedAt: reply.updatedAt });
    return { kind: 'confirmed', status: 200, lang, guest, reply, deadline: ctx.deadline };
  } catch (caught) {
    // Anything else that fails here is the store (a KV read or write): nothing was recorded.
    const error =
      caught instanceof HttpError
        ? caught
        : new HttpError('storage_unavailable', { headers: { 'Retry-After': STORAGE_RETRY_AFTER } });
    if (kind === 'json') throw new HttpError(error.code, { ...error.options, lang });
    return refusalView(error, ctx, { lang, guest, text });
  }
}
