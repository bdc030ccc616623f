import { eventText } from '#i18n/event-text.ts';
import { interfaceLocale } from '#i18n/index.ts';
import { isLocale, locales, type Locale } from '#i18n/locales.ts';
import type { Guest } from '#schemas/guest.ts';
import { applicableFormParts, rsvpBodySchema, type StoredReply } from '#schemas/reply.ts';
import {
  bodyKind,
  decodeUtf8,
  parseFormBody,
  parseJsonBody,
  readBodyBytes,
  type BodyKind,
  type FormValues,
} from '#server/http/body.ts';
import type { AppContext } from '#server/context.ts';
import { isOpen } from '#server/deadline.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import {
  HttpError,
  RATE_LIMIT_RETRY_AFTER,
  errorResponse,
  json,
  withinLimit,
  type ErrorCode,
  type FieldErrors,
} from '#server/http/errors.ts';
import { newReference, newSubmissionId } from '#server/ids.ts';
import { requireGuest } from './invitation.ts';
import { negotiateLanguage } from '#server/http/language.ts';
import { noticeReply } from '#server/mail/notify.ts';
import { isSameOrigin } from '#server/http/origin.ts';
import { publicReply, replyToFormValues, sameAnswer } from './reply-values.ts';
import { refusalView } from './rsvp-refusal.ts';

interface GuestView {
  lang: Locale;
  guest: Guest;
  deadline: Date;
}

/** What the reply page shows; the HTML routes render it, the handlers decide it. */
export type ReplyView =
  | (GuestView & {
      kind: 'form';
      status: 200 | 400 | 429 | 503;
      reply: StoredReply | null;
      values: FormValues;
      errors: FieldErrors;
      submissionId: string;
      /** A refusal to explain above the form (the reply was not recorded). */
      notice?: ErrorCode;
      headers?: Record<string, string>;
    })
  | (GuestView & { kind: 'confirmed'; status: 200; reply: StoredReply })
  | (GuestView & { kind: 'closed'; status: 200 | 403; reply: StoredReply | null })
  | { kind: 'refused'; status: number; code: ErrorCode; lang: Locale; headers?: Record<string, string> };

/**
 * Versions one guest's reply may have through the site. Each is kept for good (history), so without
 * a cap a link holder could fill KV's daily writes and the backup; changes beyond it go by e-mail.
 */
export const REPLY_VERSION_CAP = 50;

/** Seconds a client should wait before trying again after a storage failure. */
const STORAGE_RETRY_AFTER = '30';

function acceptLanguage(request: Request): Locale {
  return negotiateLanguage(request.headers.get('Accept-Language'), locales);
}

/** The mailbox and the deadline, which some messages name, as they read in `lang`. */
function messageValues(ctx: AppContext, lang: Locale) {
  const text = eventText(interfaceLocale(lang), ctx.deadline);
  return { mailbox: text.mailbox, deadline: `${text.deadlineFull} (${text.deadlineZone})` };
}

/**
 * `GET /{lang}/reply`: the guest's reply page: the form (pre-filled with the current reply), or the
 * closed state; without a valid invitation, the refusal to explain.
 */
export async function replyPage(request: Request, ctx: AppContext, lang: Locale): Promise<ReplyView> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return {
      kind: 'refused',
      status: 405,
      code: 'method_not_allowed',
      lang,
      headers: { Allow: 'GET, HEAD' },
    };
  }
  let guest: Guest;
  let reply: StoredReply | null;
  try {
    guest = await requireGuest(request, ctx);
    reply = await ctx.store.getReply(guest.id);
  } catch (error) {
    if (error instanceof HttpError) return { kind: 'refused', status: error.status, code: error.code, lang };
    return {
      kind: 'refused',
      status: 503,
      code: 'storage_unavailable',
      lang,
      headers: { 'Retry-After': STORAGE_RETRY_AFTER },
    };
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

/** `GET /api/rsvp`: the state of the cookie's guest as JSON. */
async function rsvpState(request: Request, ctx: AppContext): Promise<Response> {
  try {
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
  } catch (error) {
    if (error instanceof HttpError) {
      const lang = acceptLanguage(request);
      return errorResponse(error, lang, messageValues(ctx, lang));
    }
    throw error;
  }
}

/**
 * `/api/rsvp`, the edge function that writes replies. Checks run in DESIGN's order, the first
 * failing one answers: method, content type, size, same-origin, invitation, deadline, validation,
 * (rate limit,) storage. A refused request writes nothing. JSON in, JSON out; a form gets the page
 * to render (confirmation, the form with its errors, or the refusal).
 */
export async function handleRsvp(request: Request, ctx: AppContext): Promise<Response | ReplyView> {
  if (request.method === 'GET') return rsvpState(request, ctx);
  if (request.method !== 'POST') {
    return errorResponse(
      new HttpError('method_not_allowed', { headers: { Allow: 'GET, POST' } }),
      acceptLanguage(request),
    );
  }

  let kind: BodyKind;
  try {
    kind = bodyKind(request);
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error, acceptLanguage(request));
    throw error;
  }

  // The language of any answer: the form's `lang`, else the guest's, else Accept-Language.
  let lang = acceptLanguage(request);
  let guest: Guest | null = null;
  let text = '';
  try {
    const bytes = await readBodyBytes(request);
    if (!isSameOrigin(request)) throw new HttpError('forbidden_origin');
    guest = await requireGuest(request, ctx);
    lang = guest.language;
    if (!isOpen(ctx.now, ctx.deadline)) throw new HttpError('rsvp_closed');

    text = decodeUtf8(bytes);
    // A form without JavaScript still carries the parts that do not apply to its answer.
    const data = kind === 'json' ? parseJsonBody(text) : applicableFormParts(parseFormBody(text).data);
    const claimedLang = (data as { lang?: unknown } | null)?.lang;
    if (typeof claimedLang === 'string' && isLocale(claimedLang)) lang = claimedLang;
    const result = rsvpBodySchema.safeParse(data);
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
    const candidate: StoredReply = {
      ...body,
      guestId: guest.id,
      companions: body.attending === 'no' ? [] : (body.companions ?? []),
      reference: newReference(),
      updatedAt: ctx.now.toISOString(),
      source: 'web',
      ...(body.respondent ? { author: body.respondent.name } : {}),
    };
    if (current && body.submissionId && current.submissionId === body.submissionId) {
      reply = current; // a repeated submission: the first answer, nothing written
    } else if (current && sameAnswer(current, candidate)) {
      reply = current; // DESIGN: an identical reply writes nothing; it is answered as a replay
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
      ctx.defer(noticeReply(ctx, guest, reply, current, new URL(request.url).origin));
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
    if (kind === 'json') return errorResponse(error, lang, messageValues(ctx, lang));
    return refusalView(error, ctx, { lang, guest, text });
  }
}
