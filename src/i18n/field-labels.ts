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
  'delegate.accessibility': 'reply.delegate.accessibility',
  dietary: 'reply.dietary.legend',
  dietaryNotes: 'reply.dietaryNotes',
  accessibility: 'reply.accessibility',
  companions: 'reply.companions.legend',
  'companion.name': 'reply.companion.name',
  'companion.position': 'reply.companion.position',
  'companion.dietary': 'reply.dietary.legend',
  'companion.dietaryNotes': 'reply.companion.dietaryNotes',
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
