import type { DietaryCode } from '#schemas/reply.ts';
import { midList } from './format.ts';
import type { MessageKey, Translate } from './index.ts';
import type { Locale } from './locales.ts';

/** The label of one dietary code as a value ("Other", never the form's "Other (please describe)"). */
export const dietaryLabel = (code: DietaryCode, t: Translate) => t(`reply.dietary.${code}` as MessageKey);

/**
 * One person's dietary requirements as a reader should see them: each chosen requirement, then
 * the person's own words (as written). "Other" is shown only when no words describe it. The labels
 * after the first are in lower case where `lang` writes them so in a list.
 * @example dietaryWords({ dietary: ['vegan', 'halal'], dietaryNotes: 'No sesame' }, t, 'en') // ['Vegan', 'halal', 'No sesame']
 */
export function dietaryWords(
  person: { dietary?: readonly DietaryCode[]; dietaryNotes?: string },
  t: Translate,
  lang: Locale,
) {
  const notes = person.dietaryNotes?.trim();
  const codes = (person.dietary ?? []).filter((code) => !(code === 'other' && notes));
  const labels = codes.map((code, index) =>
    index === 0 ? dietaryLabel(code, t) : midList(dietaryLabel(code, t), lang),
  );
  return [...labels, ...(notes ? [notes] : [])];
}
