import { fieldErrors, type FieldErrors } from '#schemas/field-errors.ts';
import {
  guestCsvColumns,
  guestCsvOptionalColumns,
  guestFormSchema,
  type Guest,
  type GuestForm,
} from '#schemas/guest.ts';
import type { AppContext, OrganiserContext } from '#server/context.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { seeOther } from '#server/http/responses.ts';
import { newGuestId } from '#server/ids.ts';
import { urls } from '#server/urls.ts';
import { keptValues } from './sign-in.ts';
import type { NewGuestView } from './views.ts';

/** The organisers' guest fields, in the order of the form and of the guest list CSV. */
export const guestFields = [
  ...guestCsvColumns.filter(
    (column): column is Exclude<(typeof guestCsvColumns)[number], 'id'> => column !== 'id',
  ),
  ...guestCsvOptionalColumns,
];

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
  const parsed = guestFormSchema(ctx.event).safeParse(fields);
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
  return Object.fromEntries(guestFields.map((name) => [name, String(guest[name] ?? '')]));
}

/**
 * `/admin/{event}/guests/new`: GET shows the empty form; POST adds the guest with a
 * new opaque id and sends the organiser to the guest's page, where the personal link is.
 */
export async function newGuestPage(
  request: Request,
  ctx: OrganiserContext,
): Promise<Response | NewGuestView> {
  const { session } = ctx;
  if (request.method !== 'POST') {
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
    return seeOther(`${urls.admin.guest(ctx.event, id)}?done=added`);
  } catch (error) {
    if (!(error instanceof HttpError) || error.code !== 'validation_failed') throw error;
    return { status: 400, values, errors: error.options.fields ?? {}, session };
  }
}
