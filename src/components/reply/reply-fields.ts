import { attrs, html, type Html } from '#components/html.ts';
import { fieldError } from '#components/errors/field-error.ts';
import type { FormValues } from '#server/http/body.ts';
import type { FieldErrors } from '#schemas/field-errors.ts';
import type { MessageKey, Translate } from '#i18n/index.ts';
import { attendance, formPartsFor } from '#schemas/reply.ts';
import type { EventOptions } from '#schemas/event.ts';
import { limits } from '#schemas/text.ts';
import { fieldId as id, fieldMessage } from '#i18n/field-labels.ts';
import { choice, describedBy, needsFields } from './needs-fields.ts';
import { textField } from './text-field.ts';
import { fillTemplate, formTemplate, readValues, type FormReader, type FormTemplate } from './form-values.ts';
import type { Locale } from '#i18n/locales.ts';

export interface ReplyFieldsProps {
  t: Translate;
  values: FormValues;
  errors: FieldErrors;
  /** How many companions the guest may bring. */
  allowance: number;
  /** Which parts of a reply the event asks for. */
  options: EventOptions;
}

/**
 * Every field of a reply, named as the JSON (`delegate.name`, `companions.0.dietary`): the
 * invitee's form and the organisers' "record a reply" form use the same fields and the same
 * schema. Parts marked `data-when` apply to some answers only (the optional script hides the
 * others; without it the server ignores them).
 */
export function replyFields(props: ReplyFieldsProps): Html {
  return renderFields(props, readValues(props.values, props.errors));
}

/** The templates of the invitees' form without errors, by the event's options, language and allowance. */
const templates = new WeakMap<ReplyFieldsProps['options'], Map<string, FormTemplate>>();

/**
 * The same fields as `replyFields`, for an invitee's form in `lang` (which `t` speaks): without
 * errors, from a template built once per event, language and allowance, filled with the values.
 */
export function inviteeReplyFields(lang: Locale, props: ReplyFieldsProps): Html {
  if (Object.keys(props.errors).length > 0) return replyFields(props);
  const byKey = templates.get(props.options) ?? new Map<string, FormTemplate>();
  templates.set(props.options, byKey);
  const key = `${lang} ${props.allowance}`;
  let template = byKey.get(key);
  if (!template) {
    template = formTemplate((read) => renderFields(props, read));
    byKey.set(key, template);
  }
  return fillTemplate(template, props.values);
}

function renderFields({ t, values, errors, allowance, options }: ReplyFieldsProps, read: FormReader): Html {
  const answers = attendance.filter((option) => option !== 'delegate' || options.delegates);
  const value = (name: string) => read.text(name);
  const needs = (prefix: string) => ({
    prefix,
    t,
    read,
    errors,
    dietary: options.dietary,
    access: options.access,
  });
  const when = (part: keyof typeof formPartsFor) => formPartsFor[part].join(' ');
  /** A group's `aria-describedby` (its error when it has one, and its hint) and `aria-invalid`. */
  const groupState = (group: string, hint: boolean) =>
    attrs({
      'aria-describedby': describedBy(errors[group] && `${id(group)}-error`, hint && `${id(group)}-hint`),
      'aria-invalid': errors[group] ? 'true' : undefined,
    });
  const groupError = (group: string) =>
    fieldError(`${id(group)}-error`, errors[group] && fieldMessage(group, errors[group], t));
  const optional = (key: 'reply.optional' | 'reply.required') =>
    html`<span class="optional">(${t(key)})</span>`;
  /**
   * The companions' blocks shown: the allowance, or every companion entered when there are more (the
   * allowance lowered while the form was open): what was typed stays on the page, beside the error.
   */
  const entered = Object.keys(values).reduce((count, field) => {
    const index = /^companions\.(\d+)\./.exec(field)?.[1];
    return index === undefined ? count : Math.max(count, Math.min(Number(index), 9) + 1);
  }, 0);
  const companionBlocks = errors.companions ? Math.max(allowance, entered) : allowance;

  const attending = html`<fieldset id="${id('attending')}" ${groupState('attending', false)}>
    <legend>${t('reply.attending.legend')} ${optional('reply.required')}</legend>
    ${groupError('attending')}
    ${answers.map((option) =>
      choice({
        type: 'radio',
        id: `${id('attending')}-${option}`,
        name: 'attending',
        value: option,
        required: true,
        checked: read.checked('attending', option),
        label: t(`reply.attending.${option}` as MessageKey),
      }),
    )}
  </fieldset>`;

  const placeCard =
    options.placeCards &&
    html`<div data-when="${when('placeCardName')}" class="conditional">
      ${textField({
        name: 'placeCardName',
        label: t('reply.placeCardName'),
        hint: t('reply.placeCardName.hint'),
        value: value('placeCardName'),
        error: errors.placeCardName,
        t,
        optional: true,
        maxlength: limits.name,
      })}
    </div>`;

  /** A part of the form shown for one answer (a delegate, companions): its legend, hint and error. */
  const conditionalGroup = (
    name: 'delegate' | 'companions',
    legend: string,
    hint: string,
    body: Html | Html[],
  ) =>
    html`<fieldset
      class="${name} conditional"
      id="${id(name)}"
      data-when="${when(name)}"
      ${groupState(name, true)}
    >
      <legend>${legend}</legend>
      <p class="hint" id="${id(name)}-hint">${hint}</p>
      ${groupError(name)} ${body}
    </fieldset>`;

  const delegate =
    options.delegates &&
    conditionalGroup(
      'delegate',
      t('reply.delegate.legend'),
      t('reply.delegate.hint'),
      html`${textField({ name: 'delegate.name', required: true, label: t('reply.delegate.name'), value: value('delegate.name'), error: errors['delegate.name'], t, maxlength: limits.name })}
      ${textField({ name: 'delegate.position', required: true, label: t('reply.delegate.position'), value: value('delegate.position'), error: errors['delegate.position'], t, maxlength: limits.name })}
      ${needsFields({
        ...needs('delegate.'),
        legend: t('reply.delegate.dietary'),
        allergensLegend: t('reply.delegate.allergens'),
        notesLabel: t('reply.delegate.dietaryNotes'),
        accessibilityLabel: t('reply.delegate.accessibility'),
      })}`,
    );

  const ownNeeds =
    (options.dietary || options.access) &&
    html`<div data-when="${when('needs')}" class="conditional">
      ${needsFields({
        ...needs(''),
        legend: t('reply.dietary.legend'),
        allergensLegend: t('reply.allergens.legend'),
        dietaryHint: t('reply.dietary.hint'),
        notesLabel: t('reply.dietaryNotes'),
        accessibilityLabel: t('reply.accessibility'),
        accessibilityHint: t('reply.accessibility.hint'),
      })}
    </div>`;

  const companion = (index: number) => {
    const heading = t('reply.companion.heading', { number: index + 1 });
    return html`<details class="companion" ${read.open(index)}>
      <summary>${heading} ${optional('reply.optional')}</summary>
      <fieldset>
        <legend class="visually-hidden">${heading}</legend>
        ${textField({ name: `companions.${index}.name`, label: t('reply.companion.name'), hint: t('reply.companion.nameHint'), value: value(`companions.${index}.name`), error: errors[`companions.${index}.name`], t, maxlength: limits.name })}
        ${textField({ name: `companions.${index}.position`, label: t('reply.companion.position'), value: value(`companions.${index}.position`), error: errors[`companions.${index}.position`], t, optional: true, maxlength: limits.name })}
        ${needsFields({
          ...needs(`companions.${index}.`),
          legend: t('reply.dietary.legend'),
          allergensLegend: t('reply.allergens.legend'),
          notesLabel: t('reply.companion.dietaryNotes'),
          accessibilityLabel: t('reply.companion.accessibility'),
        })}
      </fieldset>
    </details>`;
  };
  const companions =
    options.companions &&
    companionBlocks > 0 &&
    conditionalGroup(
      'companions',
      t('reply.companions.legend'),
      t('reply.companions.hint', { count: allowance }),
      Array.from({ length: companionBlocks }, (_, index) => companion(index)),
    );

  const comment = textField({
    name: 'comment',
    label: t('reply.comment'),
    value: value('comment'),
    error: errors.comment,
    t,
    optional: true,
    multiline: true,
    maxlength: limits.comment,
  });

  const respondent = html`<fieldset class="respondent" aria-describedby="${id('respondent')}-hint">
    <legend>${t('reply.respondent.legend')} ${optional('reply.optional')}</legend>
    <p class="hint" id="${id('respondent')}-hint">${t('reply.respondent.hint')}</p>
    ${textField({ name: 'respondent.name', label: t('reply.respondent.name'), hint: t('reply.respondent.nameHint'), value: value('respondent.name'), error: errors['respondent.name'], t, autocomplete: 'name', maxlength: limits.name })}
    ${textField({ name: 'respondent.email', label: t('reply.respondent.email'), value: value('respondent.email'), error: errors['respondent.email'], t, type: 'email', autocomplete: 'email', maxlength: 254 })}
    ${textField({ name: 'respondent.phone', label: t('reply.respondent.phone'), value: value('respondent.phone'), error: errors['respondent.phone'], t, type: 'tel', autocomplete: 'tel', maxlength: 32 })}
  </fieldset>`;

  return html`${attending} ${placeCard} ${delegate} ${ownNeeds} ${companions} ${comment} ${respondent}`;
}
