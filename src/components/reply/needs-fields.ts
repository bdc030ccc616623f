import { html, type Html } from '#components/html.ts';
import { fieldError } from '#components/errors/field-error.ts';
import type { FieldErrors } from '#schemas/field-errors.ts';
import type { MessageKey, Translate } from '#i18n/index.ts';
import { allergenCodes, dietaryCodes } from '#schemas/reply.ts';
import { limits } from '#schemas/text.ts';
import { fieldId, fieldMessage } from '#i18n/field-labels.ts';
import { textField } from './text-field.ts';
import type { FormReader } from './form-values.ts';

export interface NeedsFieldsProps {
  /** The person's fields' prefix: '' for the guest, 'delegate.', 'companions.0.'. */
  prefix: string;
  t: Translate;
  /** What the person entered (form-values.ts). */
  read: FormReader;
  errors: FieldErrors;
  legend: string;
  /** The legend of the food allergies (the delegate's have their own words). */
  allergensLegend: string;
  notesLabel: string;
  accessibilityLabel: string;
  dietaryHint?: string;
  accessibilityHint?: string;
  /** The event asks for dietary requirements, and for access needs (its options). */
  dietary: boolean;
  access: boolean;
}

/** `aria-describedby` of a group: the ids of those of its error and its hint that are there. */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/**
 * Dietary requirements, food allergies and access needs of one person, each where the event asks
 * for it. Each of the 14 allergens has its own "severe allergy" box; ticking it alone counts the
 * allergen too (settleNeeds), so the form needs no script.
 */
export function needsFields({
  prefix,
  t,
  read,
  errors,
  legend,
  allergensLegend,
  notesLabel,
  accessibilityLabel,
  dietaryHint,
  accessibilityHint,
  dietary,
  access,
}: NeedsFieldsProps): Html {
  const name = (field: string) => `${prefix}${field}`;
  /** The first error of a set of checkboxes, on the set or on one of its values (`dietary.2`), with its field. */
  const setError = (...fields: string[]): [field: string, code: string] | [] => {
    for (const field of fields.map(name)) {
      const code =
        errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
      if (code) return [field, code];
    }
    return [];
  };
  const optional = html` <span class="optional">(${t('reply.optional')})</span>`;
  const parts: Html[] = [];
  if (dietary) {
    const [, dietaryError] = setError('dietary');
    const id = fieldId(name('dietary'));
    parts.push(
      html`<fieldset
        id="${id}"
        ${attrDescribed(describedBy(dietaryError && `${id}-error`, dietaryHint && `${id}-hint`))}${dietaryError ? html` aria-invalid="true"` : ''}
      >
        <legend>${legend}${optional}</legend>
        ${dietaryHint && html`<p class="hint" id="${id}-hint">${dietaryHint}</p>`}
        ${fieldError(`${id}-error`, dietaryError && fieldMessage(name('dietary'), dietaryError, t))}
        <div class="choices">
          ${dietaryCodes.map((code) =>
            choice({
              type: 'checkbox',
              id: `${id}-${code}`,
              name: name('dietary'),
              value: code,
              checked: read.checked(name('dietary'), code),
              label: t(
                code === 'other' ? 'reply.dietary.otherChoice' : (`reply.dietary.${code}` as MessageKey),
              ),
            }),
          )}
        </div>
        ${textField({ name: name('dietaryNotes'), label: notesLabel, value: read.text(name('dietaryNotes')), error: errors[name('dietaryNotes')], t, multiline: true, maxlength: limits.notes })}
      </fieldset>`,
    );
    const allergensId = fieldId(name('allergens'));
    const [allergensField, allergensError] = setError('allergens', 'severeAllergens');
    parts.push(
      html`<fieldset
        id="${allergensId}"
        class="allergens"
        aria-describedby="${describedBy(allergensError && `${allergensId}-error`, `${allergensId}-hint`)}"
        ${allergensError ? html` aria-invalid="true"` : ''}
      >
        <legend>${allergensLegend}${optional}</legend>
        <p class="hint" id="${allergensId}-hint">${t('reply.allergens.hint')}</p>
        ${fieldError(`${allergensId}-error`, allergensField && allergensError && fieldMessage(allergensField, allergensError, t))}
        <div class="allergen-list">${allergenRows(t, prefix, read)}</div>
      </fieldset>`,
    );
  }
  if (access)
    parts.push(
      textField({
        name: name('accessibility'),
        label: accessibilityLabel,
        hint: accessibilityHint,
        value: read.text(name('accessibility')),
        error: errors[name('accessibility')],
        t,
        optional: true,
        multiline: true,
        maxlength: limits.notes,
      }),
    );
  return html`${parts}`;
}

const attrDescribed = (ids: string | undefined) => (ids ? html` aria-describedby="${ids}"` : '');

/**
 * The 14 rows of one person's food allergies, each the allergen's box and its own "severe
 * allergy" box named with the allergen.
 */
function allergenRows(t: Translate, prefix: string, read: FormReader): Html {
  const id = fieldId(`${prefix}allergens`);
  const severeId = fieldId(`${prefix}severeAllergens`);
  const severe = t('reply.allergens.severe');
  return html`${allergenCodes.map((code) => {
    const label = t(`reply.allergen.${code}`);
    return html`<div class="allergen" data-allergen>${choice({
      type: 'checkbox',
      id: `${id}-${code}`,
      name: `${prefix}allergens`,
      value: code,
      checked: read.checked(`${prefix}allergens`, code),
      label,
    })}${choice({
      type: 'checkbox',
      id: `${severeId}-${code}`,
      name: `${prefix}severeAllergens`,
      value: code,
      checked: read.checked(`${prefix}severeAllergens`, code),
      label: html`<span class="visually-hidden">${t('reply.allergens.severeMark', { allergen: label })}</span><span aria-hidden="true">${severe}</span>`,
      className: 'choice severe',
    })}</div>`;
  })}`;
}

/** One radio button or checkbox in its label (the form's every choice). */
export function choice(box: {
  type: 'checkbox' | 'radio';
  id: string;
  name: string;
  value: string;
  /** ` checked`, or a hole for it (form-values.ts). */
  checked: Html | false;
  label: string | Html;
  className?: string;
  required?: boolean;
}): Html {
  return html`<label class="${box.className ?? 'choice'}"><input type="${box.type}" id="${box.id}" name="${box.name}" value="${box.value}"${box.required ? html` required` : ''}${box.checked}>${box.label}</label>`;
}
