import { replyChanges } from '#server/mail/notice.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import type { Guest } from '#schemas/guest.ts';
import { applicableFormParts, organiserEntrySchema, rsvpBodySchemaFor } from '#schemas/reply.ts';
import type { OrganiserContext } from '#server/context.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { seeOther } from '#server/http/responses.ts';
import { newReference } from '#server/ids.ts';
import { invitationLink } from '#server/invitee/invitation.ts';
import { placeCardOfWhoAttends, replyToFormValues } from '#server/invitee/reply-values.ts';
import { urls } from '#server/urls.ts';
import { checkGuestForm, guestValues } from './guest-form.ts';
import { keptValues } from './sign-in.ts';
import type { GuestPageView, GuestAction, Notice } from './views.ts';

const notices: readonly Notice[] = [
  'recorded',
  'reissued',
  'added',
  'edited',
  'withdrawn',
  'reinstated',
  'erasing',
];
const isNotice = (value: string | null): value is Notice => notices.includes(value as Notice);

/** The guest's page after an action, saying what was done (a 303: reloading it sends nothing again). */
const back = (ctx: OrganiserContext, id: string, notice: Notice) =>
  seeOther(`${urls.admin.guest(ctx.event, id)}?done=${notice}`);

/** The guest's page, from what the store holds, with what `extra` says (a form shown again, a notice). */
async function view(
  request: Request,
  ctx: OrganiserContext,
  guest: Guest,
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
    link: await invitationLink(ctx.event.id, guest, ctx.env.INVITE_SECRET, request.url),
    reply,
    // Oldest first from the store; shown newest first, each against the version before it.
    history: history
      .map((version, index) => {
        const previous = history[index - 1];
        return { ...version, changes: previous ? replyChanges(previous, version) : null };
      })
      .reverse(),
    values: reply ? replyToFormValues(reply) : {},
    errors: {},
    basis: reply?.reference ?? '',
    details: guestValues(guest),
    detailErrors: {},
    deletion: expiration ? new Date(expiration * 1000).toISOString() : null,
    eraseValue: '',
    session: ctx.session,
    ...(isNotice(done) ? { notice: done } : {}),
    ...extra,
  };
}

/** One POST action of a guest's page: the form's fields in, a redirect or the page again out. */
type Action = (
  request: Request,
  ctx: OrganiserContext,
  guest: Guest,
  form: { data: Record<string, unknown>; values: FormValues },
) => Promise<Response | GuestPageView>;

const first = (values: FormValues, name: string) => [values[name] ?? ''].flat()[0] ?? '';

/**
 * The actions of a guest's page, by the form's `action`. Each is a form of its own on the page,
 * and each is kept through a sign-in when the session had ended (`GuestAction`).
 */
const actions: Record<GuestAction, Action> = {
  /** Deletes the guest and every version of their reply, once the id is typed to confirm. */
  async erase(request, ctx, guest, { data }) {
    if (data.confirm !== guest.id)
      return view(request, ctx, guest, {
        status: 400,
        errors: { confirm: 'required' },
        eraseValue: typeof data.confirm === 'string' ? data.confirm : '',
      });
    // Erased in bounded chunks (a long history would exceed one request's KV operations): when
    // some is left, the page says so and sending the form again goes on where it stopped.
    if (!(await ctx.store.eraseGuest(guest.id)).done) return view(request, ctx, guest, { notice: 'erasing' });
    // Their seats and their arrivals at the door go too.
    await ctx.store.eraseArrivals(guest.id);
    const plan = await ctx.store.getSeating();
    const seats = Object.fromEntries(
      Object.entries(plan.seats).filter(([key]) => key.split(':')[1] !== guest.id),
    ) as typeof plan.seats;
    if (Object.keys(seats).length !== Object.keys(plan.seats).length)
      await ctx.store.saveSeating(
        { ...plan, seats, updatedAt: ctx.now.toISOString(), updatedBy: ctx.session.name, change: 'unseated' },
        plan.version,
      );
    return seeOther(`${urls.admin.dashboard(ctx.event)}?done=erased`);
  },

  /** A new personal link: the previous one answers 404 from now on. */
  async reissue(_request, ctx, guest) {
    await ctx.store.putGuest({ ...guest, linkVersion: guest.linkVersion + 1 });
    return back(ctx, guest.id, 'reissued');
  },

  /** The guest's details, by the same rules as a guest list row. */
  async edit(request, ctx, guest, { data, values }) {
    const checked = await checkGuestForm(data, ctx, guest);
    if (!checked.ok)
      return view(request, ctx, guest, { status: 400, details: values, detailErrors: checked.errors });
    await ctx.store.putGuest({ ...guest, ...checked.form });
    return back(ctx, guest.id, 'edited');
  },

  /** Stops the personal link and takes the guest out of every count; everything is kept. */
  async withdraw(_request, ctx, guest) {
    await ctx.store.putGuest({ ...guest, withdrawn: { at: ctx.now.toISOString(), by: ctx.session.name } });
    return back(ctx, guest.id, 'withdrawn');
  },

  async reinstate(_request, ctx, guest) {
    const { withdrawn: _previous, ...rest } = guest;
    await ctx.store.putGuest(rest);
    return back(ctx, guest.id, 'reinstated');
  },

  /**
   * A reply received outside the site, recorded with the organiser as author (also after the
   * deadline), checked by the web reply's own rules.
   */
  async record(request, ctx, guest, { data, values }) {
    const { action: _action, source, note, basis, confirm: _confirm, ...answer } = data;
    const posted = typeof basis === 'string' ? basis : '';
    const current = await ctx.store.getReply(guest.id);
    if ((current?.reference ?? '') !== posted) {
      // The guest (or another organiser) changed the reply since this form was filled from it:
      // recording now would undo that change. The form again, from the current reply's basis.
      return view(request, ctx, guest, { status: 409, values, conflict: true });
    }
    const entry = organiserEntrySchema.safeParse({ source, note });
    const applicable = applicableFormParts(answer);
    const body = rsvpBodySchemaFor(ctx.event.options).safeParse(applicable);
    const errors = {
      ...(entry.success ? {} : fieldErrors(entry.error)),
      ...(body.success ? {} : fieldErrors(body.error)),
    };
    const companions = Array.isArray(applicable.companions) ? applicable.companions.length : 0;
    if (companions > guest.companions) errors.companions = 'too_many';
    if (!entry.success || !body.success || Object.keys(errors).length) {
      return view(request, ctx, guest, { status: 400, values, errors, basis: posted });
    }
    await ctx.store.saveReply({
      // The language the guest replied in stays that of their last reply (the form has no field).
      ...(current?.lang ? { lang: current.lang } : {}),
      ...placeCardOfWhoAttends(body.data, current),
      guestId: guest.id,
      companions: body.data.attending === 'no' ? [] : (body.data.companions ?? []),
      reference: newReference(),
      updatedAt: ctx.now.toISOString(),
      source: entry.data.source,
      author: ctx.session.name,
      ...(entry.data.note ? { note: entry.data.note } : {}),
    });
    return back(ctx, guest.id, 'recorded');
  },
};

const isAction = (value: unknown): value is GuestAction =>
  typeof value === 'string' && Object.hasOwn(actions, value);

/** The page with a form sent while signed out shown again, exactly as sent, in its own place. */
function keptView(
  request: Request,
  ctx: OrganiserContext,
  guest: Guest,
  kept: FormValues,
  action: GuestAction,
) {
  // Nothing is written until it is sent again (and the record form's `basis` still refuses a reply
  // changed meanwhile).
  if (action === 'record')
    return view(request, ctx, guest, { values: kept, basis: first(kept, 'basis'), kept: action });
  if (action === 'edit') return view(request, ctx, guest, { details: kept, kept: action });
  if (action === 'erase')
    return view(request, ctx, guest, { eraseValue: first(kept, 'confirm'), kept: action });
  return view(request, ctx, guest, { kept: action });
}

/**
 * `/admin/{event}/guests/{id}`: GET shows the guest, their personal link, current reply and every version;
 * POST runs one of the page's `actions` (the way in has checked the method, the origin and the
 * session). Organisers may record after the deadline.
 */
export async function guestPage(
  request: Request,
  ctx: OrganiserContext,
  id: string,
): Promise<Response | GuestPageView> {
  const guest = await ctx.store.getGuest(id);
  if (!guest) throw new HttpError('not_found');
  if (request.method !== 'POST') {
    const kept = await keptValues(request, ctx, ctx.session);
    return kept && isAction(kept.action)
      ? keptView(request, ctx, guest, kept, kept.action)
      : view(request, ctx, guest);
  }
  let form: ReturnType<typeof parseFormBody>;
  try {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    form = parseFormBody(decodeUtf8(await readBodyBytes(request)));
  } catch (error) {
    // A form the body parser refused (a repeated field, bad UTF-8): the page again, with why.
    if (!(error instanceof HttpError) || error.code !== 'validation_failed') throw error;
    return view(request, ctx, guest, {
      status: 400,
      values: {},
      errors: error.options.fields ?? {},
      basis: '',
    });
  }
  const { action } = form.data;
  if (!isAction(action)) throw new HttpError('validation_failed');
  return actions[action](request, ctx, guest, form);
}
