import { z } from 'zod';
import { limits, text } from './text.ts';

/**
 * A person's needs in a reply (the guest's own, a delegate's, a companion's): dietary requirements,
 * food allergies and access needs, their codes and how they are read (./reply.ts uses them).
 */
export const dietaryCodes = [
  'vegetarian',
  'vegan',
  'pescatarian',
  'halal',
  'kosher',
  'lactose_free',
  'other',
] as const;
/**
 * The 14 allergens caterers must declare, in the order of Regulation (EU) No 1169/2011, Annex II:
 * cereals containing gluten, crustaceans, eggs, fish, peanuts, soybeans, milk, nuts (tree nuts),
 * celery, mustard, sesame seeds, sulphur dioxide and sulphites, lupin, molluscs.
 */
export const allergenCodes = [
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soybeans',
  'milk',
  'nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
] as const;
/**
 * Dietary codes of earlier versions, still taken (clients of the JSON interface send them) and
 * read from stored replies, as the allergens they stood for. "Nut allergy" did not say which
 * nuts: it is read as both peanuts and tree nuts, the reading that keeps a kitchen safe.
 */
export const legacyDietary: Readonly<Record<string, readonly AllergenCode[]>> = {
  gluten_free: ['gluten'],
  nut_allergy: ['peanuts', 'nuts'],
};

const notes = text(limits.notes, { multiline: true });

const distinct = (codes: readonly string[]) => new Set(codes).size === codes.length;
const isLegacy = (code: unknown): code is string =>
  typeof code === 'string' && Object.hasOwn(legacyDietary, code);
const isAllergen = (code: unknown): code is AllergenCode =>
  (allergenCodes as readonly unknown[]).includes(code);

/** A set of dietary codes: duplicates are refused, not merged. */
const dietary = z.array(z.enum(dietaryCodes)).max(dietaryCodes.length).refine(distinct, 'duplicate_values');

/** A set of allergens, refused with duplicates, kept in the Regulation's order. */
const allergens = z
  .array(z.enum(allergenCodes))
  .max(allergenCodes.length)
  .refine(distinct, 'duplicate_values')
  .transform((codes) => allergenCodes.filter((code) => codes.includes(code)));

/**
 * One person's needs as this version keeps them, before they are checked: a legacy dietary code
 * becomes the allergens it stood for, and an allergen marked severe is an allergen (a form sent
 * without JavaScript may tick "severe allergy" alone). Anything else is left for the schema to name.
 * @example settleNeeds({ dietary: ['vegan', 'nut_allergy'] }) // { dietary: ['vegan'], allergens: ['peanuts', 'nuts'] }
 */
export function settleNeeds(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const { dietary, allergens, severeAllergens } = input as Record<string, unknown>;
  const legacy = Array.isArray(dietary) && dietary.some(isLegacy);
  const severe = Array.isArray(severeAllergens) ? severeAllergens.filter(isAllergen) : [];
  // Nothing to settle (nearly every reply, read or written): the object as it came, not a copy.
  if (!legacy && !severe.some((code) => !Array.isArray(allergens) || !allergens.includes(code))) return input;
  const person = { ...(input as Record<string, unknown>) };
  const implied: string[] = [];
  if (legacy) {
    const kept = dietary.filter((code) => !isLegacy(code));
    implied.push(...dietary.filter(isLegacy).flatMap((code) => legacyDietary[code] ?? []));
    if (kept.length) person.dietary = kept;
    else delete person.dietary;
  }
  implied.push(...severe);
  if (implied.length && (allergens === undefined || Array.isArray(allergens))) {
    const chosen = (allergens ?? []) as unknown[];
    person.allergens = [...chosen, ...new Set(implied.filter((code) => !chosen.includes(code)))];
  }
  return person;
}

/** A person's fields that the event's `dietary` option asks for: the kitchen's. */
export const dietaryFields = ['dietary', 'allergens', 'severeAllergens', 'dietaryNotes'] as const;
export type DietaryField = (typeof dietaryFields)[number];

/** Needs that may reveal religion or health: all optional (docs/design.md, "The reply"). */
export const needs = {
  dietary: dietary.optional(),
  allergens: allergens.optional(),
  /** Of the allergens, those where even a trace could cause a serious reaction. */
  severeAllergens: allergens.optional(),
  dietaryNotes: notes.optional(),
  accessibility: notes.optional(),
};

export type DietaryCode = (typeof dietaryCodes)[number];
export type AllergenCode = (typeof allergenCodes)[number];
