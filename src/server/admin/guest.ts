import type { Guest } from '#schemas/guest.ts';
import {
  applicableFormParts,
  organiserEntrySchema,
  rsvpBodySchema,
  type StoredReply,
} from '#schemas/reply.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import type { AppContext } from '#server/context.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import { HttpError, bare, type FieldErrors } from '#server/http/errors.ts';
import { newReference } from '#server/ids.ts';
import { invitationLink } from '#server/invitee/invitation.ts';
import { replyToFormValues } from '#server/invitee/reply-values.ts';
import { checkGuestForm, guestValues } from './guest-details.ts';
import { organiserGate } from './gate.ts';
import type { CurrentSession } from './session.ts';
import { keptValues } from './sign-in.ts';

export interface GuestPageView {
  status: number;
  guest: Guest;
  link: string;
  reply: StoredReply | null;
  history: StoredReply[];
  /**
   * The record and erase forms' values and errors: the record form starts from the current
   * reply, so recording changes only what the organiser changes.
   */
  values: FormValues;
  errors: FieldErrors;
  /** The reference of the reply the record form started from ('' for none). */
  basis: string;
  /** The reply changed after the record form was opened: nothing was recorded. */
  conflict?: true;
  /** The details form's values (the guest's, until a sent form is shown again) and errors. */
  details: FormValues;
  detailErrors: FieldErrors;
  notice?: Notice;
  /** When the guest's data will be deleted (ISO), if an expiration is set. */
  deletion: string | null;
  /** The erase form's value (the id typed to confirm), when the form is shown again. */
  eraseValue: string;
  /** The form the organiser sent when their session had ended, shown again after the sign-in. */
  kept?: KeptAction;
  /** The organiser's session, for the idle warning. */
  session: CurrentSession;
}

const keptActions = ['record', 'edit', 'erase', 'reissue', 'withdraw', 'reinstate'] as const;
export type KeptAction = (typeof keptActions)[number];
const isKeptAction = (value: unknown): value is KeptAction => keptActions.includes(value as KeptAction);

const notices = ['recorded', 'reissued', 'added', 'edited', 'withdrawn', 'reinstated', 'erasing'] as const;
export type Notice = (typeof notices)[number];
const isNotice = (value: string | null): value is Notice => notices.includes(value as Notice);

const back = (id: string, notice: Notice) => bare(303, { Location: `/admin/guests/${id}?done=${notice}` });

async function view(
  request: Request,
  ctx: AppContext,
  guest: Guest,
  session: CurrentSession,
  extra: Partial<GuestPageView> = {},
): Promise<GuestPageView> {
  const [reply, history, expiration] = await Promise.all([
    ctx.store.getReply(guest.id),
    ctx.store.getHistory(guest.id),
    ctx.store.guestExpiration(guest.id),
  ]);
  const done = new URL(request.url).searchParams.get('done');
  return {
    status: 200,
    guest,
    link: await invitationLink(guest, ctx.env.INVITE_SECRET, request.url),
    reply,
    history: history.reverse(),
    values: reply ? replyToFormValues(reply) : {},
    errors: {},
    basis: reply?.reference ?? '',
    details: guestValues(guest),
    detailErrors: {},
    deletion: expiration ? new Date(expiration * 1000).toISOString() : null,
    eraseValue: '',
    session,
    ...(isNotice(done) ? { notice: done } : {}),
    ...extra,
  };
}

/**
 * `/admin/guests/{id}`: GET shows the guest, their personal link, current reply and every version;
 * POST (same-origin, signed in) reissues the link (the old one then answers 404), edits the
 * guest's details, withdraws or reinstates the invitation, erases the guest, or records a reply
 * received outside the site, with the organiser as author. Organisers may record after the
 * deadline.
 */
export async function guestPage(
  request: Request,
  ctx: AppContext,
  id: string,
): Promise<Response | GuestPageView> {
  const session = await organiserGate(request, ctx, ['GET', 'POST']);
  if (session instanceof Response) return session;
  const guest = await ctx.store.getGuest(id);
  if (!guest) return bare(404);
  if (request.method === 'GET') {
    const kept = await keptValues(request, ctx, session);
    const action = kept?.action;
    if (!kept || !isKeptAction(action)) return view(request, ctx, guest, session);
    // The form sent while signed out, exactly as sent, in its own place: nothing is written until
    // it is sent again (and the record form's `basis` still refuses a reply changed meanwhile).
    const first = (name: string) => [kept[name] ?? ''].flat()[0] ?? '';
    if (action === 'record')
      return view(request, ctx, guest, session, { values: kept, basis: first('basis'), kept: action });
    if (action === 'edit') return view(request, ctx, guest, session, { details: kept, kept: action });
    if (action === 'erase')
      return view(request, ctx, guest, session, { eraseValue: first('confirm'), kept: action });
    return view(request, ctx, guest, session, { kept: action });
  }

  let values: FormValues = {};
  try {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    const parsed = parseFormBody(decodeUtf8(await readBodyBytes(request)));
    values = parsed.values;
    const { action, source, note, basis, confirm: _confirm, ...answer } = parsed.data;
    if (action === 'erase') {
      if (parsed.data.confirm !== guest.id)
        return view(request, ctx, guest, session, {
          status: 400,
          errors: { confirm: 'required' },
          eraseValue: typeof parsed.data.confirm === 'string' ? parsed.data.confirm : '',
        });
      // Erased in bounded chunks (a long history would exceed one request's KV operations): when
      // some is left, the page says so and sending the form again goes on where it stopped.
      if (!(await ctx.store.eraseGuest(guest.id)).done)
        return view(request, ctx, guest, session, { notice: 'erasing' });
      return bare(303, { Location: '/admin?done=erased' });
    }
    if (action === 'reissue') {
      await ctx.store.putGuest({ ...guest, linkVersion: guest.linkVersion + 1 });
      return back(guest.id, 'reissued');
    }
    if (action === 'edit') {
      const checked = await checkGuestForm(parsed.data, ctx, guest);
      if (!checked.ok) {
        return view(request, ctx, guest, session, {
          status: 400,
          details: values,
          detailErrors: checked.errors,
        });
      }
      await ctx.store.putGuest({ ...guest, ...checked.form });
      return back(guest.id, 'edited');
    }
    if (action === 'withdraw' || action === 'reinstate') {
      const { withdrawn: _previous, ...rest } = guest;
      await ctx.store.putGuest(
        action === 'withdraw'
          ? { ...rest, withdrawn: { at: ctx.now.toISOString(), by: session.name } }
          : rest,
      );
      return back(guest.id, action === 'withdraw' ? 'withdrawn' : 'reinstated');
    }
    if (action !== 'record') return bare(400);
    const posted = typeof basis === 'string' ? basis : '';
    const current = await ctx.store.getReply(guest.id);
    if ((current?.reference ?? '') !== posted) {
      // The guest (or another organiser) changed the reply since this form was filled from it:
      // recording now would undo that change. The form again, from the current reply's basis.
      return view(request, ctx, guest, session, { status: 409, values, conflict: true });
    }
    const entry = organiserEntrySchema.safeParse({ source, note });
    const applicable = applicableFormParts(answer);
    const body = rsvpBodySchema.safeParse(applicable);
    const errors = {
      ...(entry.success ? {} : fieldErrors(entry.error)),
      ...(body.success ? {} : fieldErrors(body.error)),
    };
    const companions = Array.isArray(applicable.companions) ? applicable.companions.length : 0;
    if (companions > guest.companions) errors.companions = 'too_many';
    if (!entry.success || !body.success || Object.keys(errors).length) {
      return view(request, ctx, guest, session, { status: 400, values, errors, basis: posted });
    }
    await ctx.store.saveReply({
      // The language the guest replied in stays that of their last reply (the form has no field).
      ...(current?.lang ? { lang: current.lang } : {}),
      ...body.data,
      guestId: guest.id,
      companions: body.data.attending === 'no' ? [] : (body.data.companions ?? []),
      reference: newReference(),
      updatedAt: ctx.now.toISOString(),
      source: entry.data.source,
      author: session.name,
      ...(entry.data.note ? { note: entry.data.note } : {}),
    });
    return back(guest.id, 'recorded');
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.code === 'validation_failed') {
      const basis = [values.basis ?? ''].flat()[0] ?? '';
      return view(request, ctx, guest, session, {
        status: 400,
        values,
        errors: error.options.fields ?? {},
        basis,
      });
    }
    return bare(error.status);
  }
}
