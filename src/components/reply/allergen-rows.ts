import { fieldId } from '#i18n/field-labels.ts';
import type { Translate } from '#i18n/index.ts';
import { allergenCodes } from '#schemas/reply.ts';
import { escapeHtml } from '#i18n/format.ts';

/**
 * The 14 rows of one person's food allergies (NeedsFields.astro), each the allergen's box and its
 * own "severe allergy" box named with the allergen, as HTML. Built as one string: as Astro markup
 * the 28 boxes of each person were a third of the reply page's Worker CPU (#27, the bench's profile).
 * Every text is escaped; names and ids come from the form's own field names.
 */
export function allergenRows(
  t: Translate,
  /** The person's fields' prefix: '', 'delegate.', 'companions.0.'. */
  prefix: string,
  ticked: { allergens: readonly string[]; severe: readonly string[] },
): string {
  const id = fieldId(`${prefix}allergens`);
  const severeId = fieldId(`${prefix}severeAllergens`);
  const severe = escapeHtml(t('reply.allergens.severe'));
  const checked = (codes: readonly string[], code: string) => (codes.includes(code) ? ' checked' : '');
  return allergenCodes
    .map((code) => {
      const name = t(`reply.allergen.${code}`);
      const mark = escapeHtml(t('reply.allergens.severeMark', { allergen: name }));
      return (
        `<div class="allergen" data-allergen>` +
        `<label class="choice"><input type="checkbox" id="${id}-${code}" name="${prefix}allergens" value="${code}"${checked(ticked.allergens, code)}>${escapeHtml(name)}</label>` +
        `<label class="choice severe"><input type="checkbox" id="${severeId}-${code}" name="${prefix}severeAllergens" value="${code}"${checked(ticked.severe, code)}>` +
        `<span class="visually-hidden">${mark}</span><span aria-hidden="true">${severe}</span></label>` +
        `</div>`
      );
    })
    .join('');
}
