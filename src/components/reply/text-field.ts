import { attrs, html, type Html } from '#components/html.ts';
import { fieldError } from '#components/errors/field-error.ts';
import type { Translate } from '#i18n/index.ts';
import { fieldId, fieldMessage } from '#i18n/field-labels.ts';

export interface TextFieldProps {
  name: string;
  label: string;
  /** The value, or a hole for it (form-values.ts). */
  value: string | Html;
  error: string | undefined;
  t: Translate;
  hint?: string | undefined;
  /** Marked "(optional)" after the label. */
  optional?: boolean;
  /** Required whenever its part of the form applies: marked "(required)" and `aria-required`. */
  required?: boolean;
  multiline?: boolean;
  maxlength: number;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  /** The message for `error` where the form's own words say better what to do (organisers' forms). */
  errorMessage?: string | undefined;
  /** A number typed as text (GOV.UK's advice: no `type="number"`, whose spinner changes it by scrolling). */
  numeric?: boolean;
}

/** One labelled text input or textarea with its hint and its error, named as the JSON field. */
export function textField({
  name,
  label,
  value,
  error,
  t,
  hint,
  optional,
  required,
  multiline,
  maxlength,
  type = 'text',
  autocomplete = 'off',
  errorMessage,
  numeric,
}: TextFieldProps): Html {
  const id = fieldId(name);
  const describedBy =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const marker = optional ? t('reply.optional') : required ? t('reply.required') : undefined;
  const state = {
    'aria-describedby': describedBy,
    'aria-invalid': error ? 'true' : undefined,
    'aria-required': required ? 'true' : undefined,
  };
  return html`<div class="field">
    <label for="${id}">${label} ${marker && html`<span class="optional">(${marker})</span>`}</label>
    ${hint && html`<p class="hint" id="${id}-hint">${hint}</p>`}
    ${fieldError(`${id}-error`, error && (errorMessage ?? fieldMessage(name, error, t)))}
    ${
      multiline
        ? html`<textarea${attrs({ id, name, rows: '2', maxlength, ...state })}>${value}</textarea>`
        : html`<input${attrs({
            type,
            id,
            name,
            value,
            maxlength,
            autocomplete,
            inputmode: numeric ? 'numeric' : undefined,
            spellcheck: numeric ? 'false' : undefined,
            ...state,
          })}>`
    }
  </div>`;
}
