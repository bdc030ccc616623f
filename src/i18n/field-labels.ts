import { fieldErrorCodes } from '#schemas/field-errors.ts';
import { allergenCodes, attendance, dietaryCodes } from '#schemas/reply.ts';
import { limits } from '#schemas/text.ts';
import type { MessageKey, Translate } from './index.ts';

/** The label of each reply field as the form shows it (companions' fields by their row). */
const labelKeys: Record<string, MessageKey> = {
  attending: 'reply.attending.legend',
  placeCardName: 'reply.placeCardName',
  delegate: 'reply.delegate.legend',
  'delegate.name': 'reply.delegate.name',
  'delegate.position': 'reply.delegate.position',
  'delegate.dietary': 'reply.delegate.dietary',
  'delegate.dietaryNotes': 'reply.delegate.dietaryNotes',
  'delegate.allergens': 'reply.delegate.allergens',
  'delegate.severeAllergens': 'reply.delegate.allergens',
  'delegate.accessibility': 'reply.delegate.accessibility',
  dietary: 'reply.dietary.legend',
  dietaryNotes: 'reply.dietaryNotes',
  allergens: 'reply.allergens.legend',
  severeAllergens: 'reply.allergens.legend',
  accessibility: 'reply.accessibility',
  companions: 'reply.companions.legend',
  'companion.name': 'reply.companion.name',
  'companion.position': 'reply.companion.position',
  'companion.dietary': 'reply.dietary.legend',
  'companion.dietaryNotes': 'reply.companion.dietaryNotes',
  'companion.allergens': 'reply.allergens.legend',
  'companion.severeAllergens': 'reply.allergens.legend',
  'companion.accessibility': 'reply.companion.accessibility',
  comment: 'reply.comment',
  respondent: 'reply.respondent.legend',
  'respondent.name': 'reply.respondent.name',
  'respondent.email': 'reply.respondent.email',
  'respondent.phone': 'reply.respondent.phone',
};
// A Map, not the object: field names come from the request ("__proto__" must find nothing).
const labels = new Map(Object.entries(labelKeys));

/**
 * The label a person reads for a field named as the form posts it ("delegate.name",
 * "companions.1.name", "dietary.0"), so an error summary can say which field is wrong; null for a
 * name the form does not have.
 * @example fieldLabel('companions.0.name', t) // "Companion 1 — Name"
 */
export function fieldLabel(field: string, t: Translate): string | null {
  const companion = /^companions\.(\d{1,2})\.([a-zA-Z]+)/.exec(field);
  if (companion) {
    const key = labels.get(`companion.${companion[2]}`);
    return key ? `${t('reply.companion.heading', { number: Number(companion[1]) + 1 })} — ${t(key)}` : null;
  }
  const key = labels.get(field) ?? labels.get(field.replace(/\.\d+$/, ''));
  return key ? t(key) : null;
}

/** Messages that say what to do for one field's error, keyed `{field}.{code}` (companions by row). */
const fixKeys = new Map<string, MessageKey>([
  ['attending.required', 'fix.attending.required'],
  ['attending.invalid_choice', 'fix.attending.required'],
  ['delegate.name.required', 'fix.delegate.name.required'],
  ['delegate.position.required', 'fix.delegate.position.required'],
  ['companion.name.required', 'fix.companion.name.required'],
  ['respondent.name.required', 'fix.respondent.name.required'],
  ['respondent.email.invalid_email', 'fix.respondent.email.invalid_email'],
  ['respondent.phone.invalid_phone', 'fix.respondent.phone.invalid_phone'],
  ['companions.too_many', 'fix.companions.too_many'],
  ['companions.companions_not_allowed', 'fix.companions.companions_not_allowed'],
]);

/** The most characters each text field takes, for "Shorten this text to {max} characters". */
const maxLengths = new Map<string, number>([
  ['placeCardName', limits.name],
  ['delegate.name', limits.name],
  ['delegate.position', limits.name],
  ['companion.name', limits.name],
  ['companion.position', limits.name],
  ['respondent.name', limits.name],
  ['respondent.email', 254],
  ['dietaryNotes', limits.notes],
  ['accessibility', limits.notes],
  ['comment', limits.comment],
]);

const knownCodes = new Set<string>(fieldErrorCodes);

/** The field's name with a companion's row taken out: `companions.1.name` → `companion.name`, row 2. */
function generic(field: string): { name: string; number?: number } {
  const companion = /^companions\.(\d{1,2})\.([a-zA-Z.]+)$/.exec(field);
  if (companion) return { name: `companion.${companion[2]}`, number: Number(companion[1]) + 1 };
  return { name: field.replace(/^delegate\.(?=dietaryNotes|accessibility)/, '') };
}

/**
 * The message beside a field with an error, saying what to do where the field is known
 * ("Enter your delegate’s name.", "Shorten this text to 120 characters or fewer."), else the
 * error's general sentence.
 * @example fieldMessage('delegate.name', 'required', t) // "Enter your delegate’s name."
 */
export function fieldMessage(field: string, code: string, t: Translate): string {
  const { name, number } = generic(field);
  const fix = fixKeys.get(`${name}.${code}`);
  if (fix) return t(fix, number === undefined ? {} : { number });
  const max = maxLengths.get(name);
  if (code === 'too_long' && max) return t('fix.too_long', { max });
  return t(knownCodes.has(code) ? (`field.${code}` as MessageKey) : 'field.invalid');
}

/**
 * The error summary's line for a field: its own message when that names the field, else the
 * field's label before the message ("Message to the organisers: Shorten this text…").
 */
export function summaryMessage(field: string, code: string, t: Translate): string {
  const message = fieldMessage(field, code, t);
  if (fixKeys.has(`${generic(field).name}.${code}`)) return message;
  const label = fieldLabel(field, t);
  // `messageLower` for the languages whose sentence goes on in lower case after a colon.
  const messageLower = message.charAt(0).toLowerCase() + message.slice(1);
  return label ? t('reply.errorItem', { field: label, message, messageLower }) : message;
}

/**
 * The id of a reply field's control, named as the form posts it: `delegate.name` → `f-delegate-name`.
 * @example fieldId('companions.0.name') // "f-companions-0-name"
 */
export function fieldId(field: string): string {
  return `f-${field.replace(/\./g, '-')}`;
}

/**
 * The control an error summary's link moves focus to: the field's own input, or for a group the
 * first control in it (a fieldset cannot take focus).
 * @example fieldAnchor('attending') // "f-attending-yes"
 * @example fieldAnchor('companions.0.dietary.2') // "f-companions-0-dietary-vegetarian"
 */
export function fieldAnchor(field: string): string {
  const path = field.replace(/\.\d+$/, '');
  if (path === 'attending') return `${fieldId(path)}-${attendance[0]}`;
  const set = path.split('.').at(-1);
  if (set === 'dietary') return `${fieldId(path)}-${dietaryCodes[0]}`;
  if (set === 'allergens' || set === 'severeAllergens') return `${fieldId(path)}-${allergenCodes[0]}`;
  if (path === 'delegate' || path === 'respondent') return fieldId(`${path}.name`);
  // The companions' group: it is on the page whenever companions were entered, even past the
  // allowance (an organiser may have lowered it while the form was open).
  if (path === 'companions') return fieldId('companions');
  return fieldId(path);
}

/** The reply form's parts in the order the page shows them (ReplyFields.astro). */
const formOrder = [
  'attending',
  'placeCardName',
  'delegate',
  'dietary',
  'dietaryNotes',
  'allergens',
  'severeAllergens',
  'accessibility',
  'companions',
  'comment',
  'respondent',
];

/**
 * Errors in the order their fields come on the page, so the summary reads top to bottom (zod
 * reports the checks across fields, such as the delegate's, after the others).
 * @example inFormOrder({ 'respondent.name': 'required', 'delegate.name': 'required' }) // delegate first
 */
export function inFormOrder(
  errors: Record<string, string>,
  /** The fields of a form that has more than the reply's, in page order ('reply' for these). */
  order: readonly string[] = ['reply'],
): [string, string][] {
  const parts = order.flatMap((part) => (part === 'reply' ? formOrder : [part]));
  const rank = (field: string) => {
    const index = parts.findIndex((part) => field === part || field.startsWith(`${part}.`));
    return index === -1 ? parts.length : index;
  };
  return Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
}
