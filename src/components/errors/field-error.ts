import { html, type Html } from '#components/html.ts';

/**
 * The message beside one field with an error (GOV.UK's "error message"): its id is what the
 * field's `aria-describedby` names, and the same words start the field's line in the ErrorSummary.
 * Nothing is rendered without a message.
 */
export function fieldError(id: string, message: string | false | null | undefined): Html {
  return html`${message && html`<p class="field-error" id="${id}">${message}</p>`}`;
}
