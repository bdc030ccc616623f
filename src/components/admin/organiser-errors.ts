import type { FieldErrors } from '#schemas/field-errors.ts';
import { admin } from '#i18n/dictionaries/admin.ts';
import { fieldAnchor, inFormOrder, summaryMessage } from '#i18n/field-labels.ts';
import { adminTranslator, organiserFieldTranslator, type AdminKey, type MessageKey } from '#i18n/index.ts';
import { limits } from '#schemas/text.ts';
import { labelled, typedFields } from '#server/invitee/closed-draft.ts';

/** The organisers' forms whose fields are their own (the record form's reply fields are the invitees'). */
export type OrganiserForm = 'login' | 'guest' | 'record' | 'erase' | 'import' | 'seating';

/** One line of an ErrorSummary. */
export interface SummaryItem {
  href: string;
  text: string;
}

interface FieldSpec {
  /** The id of the control the summary links to (the first radio of a group). */
  id: string;
  label: AdminKey;
  max?: number;
}

/** The organisers' own fields, per form: the control each error links to, its label, its limit. */
const fields: Record<OrganiserForm, Map<string, FieldSpec>> = {
  login: new Map([
    ['name', { id: 'f-name', label: 'admin.login.name', max: limits.name }],
    ['password', { id: 'f-password', label: 'admin.login.password' }],
  ]),
  guest: new Map([
    ['name', { id: 'f-name', label: 'admin.guest.name', max: limits.name }],
    ['position', { id: 'f-position', label: 'admin.guest.position', max: limits.name }],
    ['organisation', { id: 'f-organisation', label: 'admin.guest.organisation', max: limits.name }],
    ['email', { id: 'f-email', label: 'admin.guest.email', max: 254 }],
    ['language', { id: 'f-language', label: 'admin.guest.language' }],
    ['category', { id: 'f-category', label: 'admin.guest.category' }],
    ['companions', { id: 'f-allowance', label: 'admin.guest.companions' }],
    ['country', { id: 'f-country', label: 'admin.guest.country' }],
    ['precedence', { id: 'f-precedence', label: 'admin.guest.precedence' }],
  ]),
  record: new Map([
    ['source', { id: 'f-source-email', label: 'admin.record.source' }],
    ['note', { id: 'f-note', label: 'admin.record.note', max: limits.notes }],
  ]),
  erase: new Map([['confirm', { id: 'f-confirm', label: 'admin.erase.confirm' }]]),
  import: new Map([['file', { id: 'f-file', label: 'admin.import.file' }]]),
  seating: new Map([
    ['tables', { id: 'f-propose', label: 'admin.seating.propose' }],
    ['person', { id: 'f-person', label: 'admin.seating.person' }],
    ['to', { id: 'f-to', label: 'admin.seating.to' }],
    ['table', { id: 'tables', label: 'admin.seating.tables' }],
    ['name', { id: 'f-table-name', label: 'admin.seating.name', max: 40 }],
    ['shape', { id: 'f-shape', label: 'admin.seating.shape' }],
    ['seats', { id: 'f-seats', label: 'admin.seating.seats' }],
    ['host', { id: 'f-host', label: 'admin.seating.hostSeat' }],
    ['coHost', { id: 'f-cohost', label: 'admin.seating.coHostSeat' }],
    ['hostName', { id: 'f-host-name', label: 'admin.seating.hostName', max: limits.name }],
    ['coHostName', { id: 'f-cohost-name', label: 'admin.seating.coHostName', max: limits.name }],
  ]),
};

const a = adminTranslator();
const t = organiserFieldTranslator();
// A Set, not `in`: the composed key holds a field name from the request ("__proto__" finds nothing).
const adminKeys = new Set<string>(Object.keys(admin));
const isAdminKey = (key: string): key is AdminKey => adminKeys.has(key);

/**
 * The message beside an organiser's field, saying what to do ("Enter the guest’s name."), else
 * the error's general sentence. `values` fills placeholders (the erase form's guest id).
 * @example organiserFieldMessage('guest', 'name', 'required') // "Enter the guest’s name."
 */
export function organiserFieldMessage(
  form: OrganiserForm,
  field: string,
  code: string,
  values: Record<string, string | number> = {},
): string {
  for (const key of [`admin.fix.${form}.${field}.${code}`, `admin.fix.${form}.${field}`]) {
    if (isAdminKey(key)) return a(key, values);
  }
  const max = fields[form].get(field)?.max;
  if (code === 'too_long' && max) return t('fix.too_long', { max });
  return t(`field.${code}` as MessageKey);
}

/** The summary's lines for a form's errors, each naming its field and linking to its control. */
export function organiserSummary(
  form: OrganiserForm,
  errors: FieldErrors,
  values: Record<string, string | number> = {},
): SummaryItem[] {
  // In the order of the page: the record form has the reply's fields between its own.
  const order = form === 'record' ? ['source', 'reply', 'note'] : [...fields[form].keys()];
  return inFormOrder(errors, order).map(([field, code]) => {
    const spec = fields[form].get(field);
    if (!spec) {
      // The record form's reply fields: the invitees' words, and the control the reply form links.
      return {
        href: `#${fieldAnchor(field)}`,
        text: summaryMessage(field, code, t),
      };
    }
    const message = organiserFieldMessage(form, field, code, values);
    const fix = isAdminKey(`admin.fix.${form}.${field}.${code}`) || isAdminKey(`admin.fix.${form}.${field}`);
    return {
      href: `#${spec.id}`,
      text: fix ? message : a('admin.errors.item', { field: a(spec.label), message }),
    };
  });
}

/** The organisers' own fields of the forms kept through a sign-in (not the sign-in's own). */
const ownField = (field: string) =>
  fields.guest.get(field) ?? fields.record.get(field) ?? fields.erase.get(field);
const PAGE_FIELDS = new Set(['action', 'basis']);

/**
 * A form too long to keep through the sign-in, as text to copy: each field filled in, labelled as
 * on its page ("Received by: Telephone", "Delegate — Name: …"), the reply's in the words of the
 * record form, the parts its answer does not have left out.
 */
export function copyText(body: string): string {
  const pairs = [...new URLSearchParams(body)];
  const own = pairs.flatMap(([field, raw]) => {
    const value = raw.trim();
    const spec = value && !PAGE_FIELDS.has(field) ? ownField(field) : undefined;
    if (!spec) return [];
    const source = `admin.source.${value}`;
    return [`${a(spec.label)}: ${field === 'source' && isAdminKey(source) ? a(source) : value}`];
  });
  const reply = typedFields(pairs, t).map(([label, value]) => labelled(label, value, 'en'));
  // In the order of the page: the record form's source, the reply, then its note.
  const note = own.filter((line) => line.startsWith(`${a('admin.record.note')}:`));
  return [...own.filter((line) => !note.includes(line)), ...reply, ...note].join('\n');
}
