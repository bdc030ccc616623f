/**
 * What the reply page shows, as the handlers decide it and src/components/reply/ReplyView.astro
 * renders it. Types only. A refusal that is not the form again (no invitation, another site's
 * post, …) is no view: the handler throws it, and the site's error page answers.
 */
import type { FieldErrors } from '#schemas/field-errors.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { Locale } from '#i18n/locales.ts';
import type { FormValues } from '#server/http/body.ts';
import type { ErrorCode } from '#server/http/errors.ts';

interface GuestView {
  lang: Locale;
  guest: Guest;
  deadline: Date;
}

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
  | (GuestView & {
      kind: 'closed';
      status: 200 | 403;
      reply: StoredReply | null;
      /** A reply sent after the deadline, as typed (not recorded): shown, and put in the mail. */
      typed?: StoredReply | null;
      /** The same when it would not have been valid: the form's body as sent, shown field by field. */
      typedForm?: string;
    });
