import { html, type Html } from '#components/html.ts';
import type { FormValues } from '#server/http/body.ts';
import type { FieldErrors } from '#schemas/field-errors.ts';
import { statementTitle, type Translate } from '#i18n/index.ts';
import type { Locale } from '#i18n/locales.ts';
import type { Event } from '#schemas/event.ts';
import { urls } from '#server/urls.ts';
import { inviteeReplyFields } from './reply-fields.ts';

export interface ReplyFormProps {
  lang: Locale;
  event: Event;
  t: Translate;
  values: FormValues;
  errors: FieldErrors;
  submissionId: string;
  changing: boolean;
  /** How many companions the guest may bring. */
  allowance: number;
}

/**
 * The reply form: complete without JavaScript, posting to /api/rsvp. Every entered value comes
 * back with its error beside it (and the page's summary of them right after its heading); browser
 * validation is off so errors read in the page's language. The optional script
 * (src/client/reply.ts) hides the parts that do not apply and sends without a page load.
 */
export function replyForm({
  lang,
  event,
  t,
  values,
  errors,
  submissionId,
  changing,
  allowance,
}: ReplyFormProps): Html {
  return html`<form
    method="post"
    action="${urls.rsvp(event)}"
    novalidate
    class="reply-form"
    data-reply-form
    data-sending="${t('reply.sending')}"
    data-network-error="${t('reply.networkError')}"
  >
    <input type="hidden" name="lang" value="${lang}" />
    <input type="hidden" name="submissionId" value="${submissionId}" />
    ${inviteeReplyFields(lang, { t, values, errors, allowance, options: event.options })}
    <p>
      <button type="submit" class="button">${t(changing ? 'reply.submitChange' : 'reply.submit')}</button>
    </p>
    <p class="status" role="status" aria-live="polite" data-status></p>
    <p class="muted"><a href="${urls.privacy(event, lang)}">${statementTitle(lang, 'privacy')}</a></p>
  </form>`;
}
