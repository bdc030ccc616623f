import { describe, expect, it } from 'vitest';
import { allergenWords, dietaryWords } from '#i18n/dietary.ts';
import { allergenCodes } from '#schemas/reply.ts';
import { translatedLocales, translator } from '#i18n/index.ts';

describe('dietary requirements as a reader sees them', () => {
  const t = translator('en');

  it('shows the guest’s own words instead of "Other"', () => {
    expect(dietaryWords({ dietary: ['vegan', 'other'], dietaryNotes: 'No sesame' }, t, 'en')).toEqual([
      'Vegan',
      'No sesame',
    ]);
  });

  it('shows "Other" when no words describe it, never the form’s instruction', () => {
    expect(dietaryWords({ dietary: ['other'] }, t, 'en')).toEqual(['Other']);
  });

  it('writes the labels after the first in lower case where the language does, in all 24', () => {
    const all = ['vegetarian', 'halal', 'lactose_free', 'kosher'] as const;
    for (const lang of translatedLocales) {
      const words = dietaryWords({ dietary: [...all], dietaryNotes: 'Ohne Sesam' }, translator(lang), lang);
      const label = (code: string) => translator(lang)(`reply.dietary.${code}` as 'reply.dietary.halal');
      expect(words[0], lang).toBe(label('vegetarian'));
      expect(words.at(-1), lang).toBe('Ohne Sesam');
      for (const [index, code] of all.entries()) {
        if (index === 0) continue;
        const word = words[index] ?? '';
        if (lang === 'de') expect(word).toBe(label(code));
        else expect(word.charAt(0), `${lang} ${code}`).toBe(word.charAt(0).toLocaleLowerCase(lang));
      }
    }
    expect(dietaryWords({ dietary: ['vegetarian', 'halal'] }, translator('es'), 'es')).toEqual([
      translator('es')('reply.dietary.vegetarian'),
      translator('es')('reply.dietary.halal').toLocaleLowerCase('es'),
    ]);
  });

  it('has, in every language, a value label for "Other" that is not the form’s choice with its instruction', () => {
    for (const lang of translatedLocales) {
      const words = translator(lang);
      const value = words('reply.dietary.other');
      expect(value, lang).not.toBe(words('reply.dietary.otherChoice'));
      expect(value, lang).not.toMatch(/[()]/);
      expect(words('reply.dietary.otherChoice').startsWith(value), lang).toBe(true);
    }
  });
});

describe('food allergies as a reader sees them', () => {
  it('puts the severe ones first, marked so, then the others in the Regulation’s order', () => {
    expect(
      allergenWords(
        { allergens: ['eggs', 'peanuts', 'milk'], severeAllergens: ['peanuts'] },
        translator('en'),
        'en',
      ),
    ).toEqual(['Peanuts (severe allergy)', 'eggs', 'milk']);
    expect(allergenWords({}, translator('en'), 'en')).toEqual([]);
  });

  it('has, in every language, a name for each of the 14 and a severe mark that contains the checkbox’s words', () => {
    for (const lang of translatedLocales) {
      const t = translator(lang);
      const names = allergenCodes.map((code) => t(`reply.allergen.${code}`));
      expect(new Set(names).size, lang).toBe(14);
      // The checkbox's accessible name is the mark; its visible words must be part of it (WCAG 2.5.3).
      expect(t('reply.allergens.severeMark', { allergen: names[0] ?? '' }), lang).toContain(
        t('reply.allergens.severe'),
      );
      const words = allergenWords({ allergens: ['gluten', 'milk'], severeAllergens: ['milk'] }, t, lang);
      expect(words[0], lang).toBe(t('reply.allergens.severeMark', { allergen: t('reply.allergen.milk') }));
    }
  });
});
