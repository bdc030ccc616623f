import type { Locale } from '#i18n/locales.ts';
import type { Guest } from '#schemas/guest.ts';
import { submissionIdSchema } from '#schemas/reply.ts';
import { nullObject } from '#schemas/field-errors.ts';
import { type FormValues } from '#server/http/body.ts';
import type { AppContext } from '#server/context.ts';
import { HttpError } from '#server/http/errors.ts';
import { newSubmissionId } from '#server/ids.ts';
import { readReplyBody, replyFromBody } from './reply-values.ts';
import type { ReplyView } from './views.ts';

/** Seconds a client should wait before trying again after a storage failure. */
export const STORAGE_RETRY_AFTER = '30';

/**
 * Refusals of a well-formed reply that a form answers with the form again, values kept: nothing
 * typed is lost to a rate limit, a full history or a storage failure (with JavaScript too, where
 * the answer replaces the form in place and the browser's Back button would not bring it back).
 */
const keepsTheForm: ReadonlySet<HttpError['code']> = new Set([
  'storage_unavailable',
  'rate_limited',
  'too_many_changes',
]);

/** The raw fields of a form body, to show every entered value again beside its error. */
function rawFormValues(text: string): FormValues {
  const values: FormValues = nullObject();
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = values[name];
    values[name] = existing === undefined ? value : [...[existing].flat(), value];
  }
  return values;
}

/**
 * The page a refused form gets (the JSON client gets the error itself): the form again with every
 * value for what the guest can put right or retry, the closed state after the deadline; any other
 * refusal is thrown again, in the reply's language, for the site's error page. Nothing was recorded.
 */
export async function refusalView(
  error: HttpError,
  ctx: AppContext,
  { lang, guest, text }: { lang: Locale; guest: Guest | null; text: string },
): Promise<ReplyView> {
  if (guest && text && keepsTheForm.has(error.code)) {
    // The form again, every value kept and the same submissionId, so sending again records it
    // once; the refusal above it, saying what to do (wait, or write to the mailbox).
    const values = rawFormValues(text);
    const posted = [values.submissionId ?? ''].flat()[0] ?? '';
    return {
      kind: 'form',
      status: error.status as 429 | 503,
      lang,
      guest,
      deadline: ctx.deadline,
      // The reply in force, unless the store is what failed.
      reply:
        error.code === 'storage_unavailable' ? null : await ctx.store.getReply(guest.id).catch(() => null),
      values,
      errors: {},
      notice: error.code,
      submissionId: submissionIdSchema.safeParse(posted).success ? posted : newSubmissionId(),
      headers: error.options.headers,
    };
  }
  if (guest && error.code === 'validation_failed') {
    return {
      kind: 'form',
      status: 400,
      lang,
      guest,
      deadline: ctx.deadline,
      reply: await ctx.store.getReply(guest.id).catch(() => null),
      values: rawFormValues(text),
      errors: error.options.fields ?? {},
      submissionId: newSubmissionId(),
    };
  }
  if (guest && error.code === 'rsvp_closed') {
    // What the guest typed, read-only on the page and in the message to the organisers: a reply
    // sent a minute late is not lost, nor one that would not have been valid (field by field).
    const typed = text ? readReplyBody(text, 'form', ctx.event.options) : null;
    return {
      kind: 'closed',
      status: 403,
      lang,
      guest,
      deadline: ctx.deadline,
      reply: await ctx.store.getReply(guest.id).catch(() => null),
      typed: typed?.success ? replyFromBody(typed.data, guest.id, ctx.now) : null,
      ...(typed && !typed.success ? { typedForm: text } : {}),
    };
  }
  throw new HttpError(error.code, { ...error.options, lang });
}
