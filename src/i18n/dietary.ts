import type { DietaryCode } from '#schemas/reply.ts';
import type { MessageKey, Translate } from './index.ts';

/** The label of one dietary code as a value ("Other", never the form's "Other (please describe)"). */
export const dietaryLabel = (code: DietaryCode, t: Translate) => t(`reply.dietary.${code}` as MessageKey);

/**
 * One person's dietary requirements as a reader should see them: each chosen requirement, then
 * the person's own words. "Other" is shown only when no words describe it.
 * @example dietaryWords({ dietary: ['vegan', 'other'], dietaryNotes: 'No sesame' }, t) // ['Vegan', 'No sesame']
 */
export function dietaryWords(
  person: { dietary?: readonly DietaryCode[]; dietaryNotes?: string },
  t: Translate,
) {
  const notes = person.dietaryNotes?.trim();
  const codes = (person.dietary ?? []).filter((code) => !(code === 'other' && notes));
  return [...codes.map((code) => dietaryLabel(code, t)), ...(notes ? [notes] : [])];
}
