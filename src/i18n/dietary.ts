import type { AllergenCode, DietaryCode } from '#schemas/reply.ts';
import { colon, midList, partsList } from './format.ts';
import type { MessageKey, Translate } from './index.ts';
import type { Locale } from './locales.ts';

/** The label of one dietary code as a value ("Other", never the form's "Other (please describe)"). */
export const dietaryLabel = (code: DietaryCode, t: Translate) => t(`reply.dietary.${code}` as MessageKey);

/** The Regulation's name of one allergen, in the reader's language ("Cereals containing gluten"). */
export const allergenLabel = (code: AllergenCode, t: Translate) => t(`reply.allergen.${code}`);

/** The labels of a list: the first as written, the others as `lang` writes them mid-list. */
const asList = (labels: string[], lang: Locale) =>
  labels.map((label, index) => (index === 0 ? label : midList(label, lang)));

/**
 * One person's dietary requirements as labels, without their own words: "Other" only where no
 * words describe it. The labels after the first are in lower case where `lang` writes them so.
 */
export function dietaryLabels(
  person: { dietary?: readonly DietaryCode[]; dietaryNotes?: string },
  t: Translate,
  lang: Locale,
): string[] {
  const described = Boolean(person.dietaryNotes?.trim());
  const codes = (person.dietary ?? []).filter((code) => !(code === 'other' && described));
  return asList(
    codes.map((code) => dietaryLabel(code, t)),
    lang,
  );
}

/**
 * One person's dietary requirements as a reader should see them: each chosen requirement, then
 * the person's own words (as written). "Other" is shown only when no words describe it.
 * @example dietaryWords({ dietary: ['vegan', 'halal'], dietaryNotes: 'No sesame' }, t, 'en') // ['Vegan', 'halal', 'No sesame']
 */
export function dietaryWords(
  person: { dietary?: readonly DietaryCode[]; dietaryNotes?: string },
  t: Translate,
  lang: Locale,
) {
  const notes = person.dietaryNotes?.trim();
  return [...dietaryLabels(person, t, lang), ...(notes ? [notes] : [])];
}

/** A person's allergens, the severe ones first (each in the Regulation's order). */
export function allergensBySeverity(person: {
  allergens?: readonly AllergenCode[];
  severeAllergens?: readonly AllergenCode[];
}): { code: AllergenCode; severe: boolean }[] {
  const severe = new Set(person.severeAllergens ?? []);
  const all = person.allergens ?? [];
  return [
    ...all.filter((code) => severe.has(code)).map((code) => ({ code, severe: true })),
    ...all.filter((code) => !severe.has(code)).map((code) => ({ code, severe: false })),
  ];
}

/**
 * One person's food allergies as a reader should see them, the severe ones first and marked so.
 * @example allergenWords({ allergens: ['eggs', 'peanuts'], severeAllergens: ['peanuts'] }, t, 'en') // ['Peanuts (severe allergy)', 'eggs']
 */
export function allergenWords(
  person: { allergens?: readonly AllergenCode[]; severeAllergens?: readonly AllergenCode[] },
  t: Translate,
  lang: Locale,
): string[] {
  const allergens = allergensBySeverity(person);
  const labels = asList(
    allergens.map(({ code }) => allergenLabel(code, t)),
    lang,
  );
  return labels.map((label, index) =>
    allergens[index]?.severe ? t('reply.allergens.severeMark', { allergen: label }) : label,
  );
}

/**
 * A person's food allergies as one labelled item among their other details, or nothing.
 * @example allergyItem({ allergens: ['eggs'] }, t, 'en') // 'Food allergies: Eggs'
 */
export function allergyItem(
  person: Parameters<typeof allergenWords>[0],
  t: Translate,
  lang: Locale,
): string | undefined {
  const words = allergenWords(person, t, lang);
  return words.length ? `${t('reply.summary.allergens')}${colon(lang)} ${partsList(words, lang)}` : undefined;
}
