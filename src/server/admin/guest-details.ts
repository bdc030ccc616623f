import { guestCsvColumns, guestFormSchema, type Guest, type GuestForm } from '#schemas/guest.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import type { AppContext } from '#server/context.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import { HttpError, bare, type FieldErrors } from '#server/http/errors.ts';
import { newGuestId } from '#server/ids.ts';
import { organiserGate } from './gate.ts';
import type { CurrentSession } from './session.ts';
import { keptValues } from './sign-in.ts';

/** The add-a-guest page: the form again with its values and errors, or empty. */
export interface NewGuestView {
  status: number;
  values: FormValues;
  errors: FieldErrors;
  /** The values are those of a form sent when the session had ended, shown again after sign-in. */
  kept?: true;
  /** The organiser's session, for the idle warning. */
  session: CurrentSession;
}

/** The organisers' guest fields, in the order of the form and of the guest list CSV. */
export const guestFields = guestCsvColumns.filter(
  (column): column is Exclude<(typeof guestCsvColumns)[number], 'id'> => column !== 'id',
);

type Checked = { ok: true; form: GuestForm } | { ok: false; errors: FieldErrors };

/**
 * Checks the add/edit form against the same rules as a guest list row, and against the list: no
 * other guest may have the same e-mail address (imports match rows by it), and the allowance may
 * not drop below the companions the current reply already names.
 */
export async function checkGuestForm(
  data: Record<string, unknown>,
  ctx: AppContext,
  current: Guest | null,
): Promise<Checked> {
  const fields = Object.fromEntries(guestFields.map((name) => [name, data[name] ?? '']));
  const parsed = guestFormSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  const errors: FieldErrors = {};
  if (form.email) {
    const others = await ctx.store.allGuestSummaries();
    if (others.some((item) => item.summary.e === form.email && item.id !== current?.id)) {
      errors.email = 'duplicate_email';
    }
  }
  if (current) {
    const reply = await ctx.store.getReply(current.id);
    if (reply && reply.attending !== 'no' && reply.companions.length > form.companions) {
      errors.companions = 'below_reply';
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, form };
}

/** The form's values as the guest's fields show them, for a form not yet sent. */
export function guestValues(guest: Guest): FormValues {
  return Object.fromEntries(guestFields.map((name) => [name, String(guest[name])]));
}

/**
 * `/admin/guests/new`: GET shows the empty form; POST (same-origin, signed in) adds the guest with a
 * new opaque id and sends the organiser to the guest's page, where the personal link is.
 */
export async function newGuestPage(request: Request, ctx: AppContext): Promise<Response | NewGuestView> {
  const session = await organiserGate(request, ctx, ['GET', 'POST']);
  if (session instanceof Response) return session;
  if (request.method === 'GET') {
    const kept = await keptValues(request, ctx, session);
    if (kept) return { status: 200, values: kept, errors: {}, kept: true, session };
    return { status: 200, values: { language: 'en', companions: '0' }, errors: {}, session };
  }
  let values: FormValues = {};
  try {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    const parsed = parseFormBody(decodeUtf8(await readBodyBytes(request)));
    values = parsed.values;
    const checked = await checkGuestForm(parsed.data, ctx, null);
    if (!checked.ok) return { status: 400, values, errors: checked.errors, session };
    const id = newGuestId();
    await ctx.store.putGuest({ id, ...checked.form, linkVersion: 1 });
    return bare(303, { Location: `/admin/guests/${id}?done=added` });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    if (error.code === 'validation_failed') {
      return { status: 400, values, errors: error.options.fields ?? {}, session };
    }
    return bare(error.status);
  }
}
