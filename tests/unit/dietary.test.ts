import { describe, expect, it } from 'vitest';
import { dietaryWords } from '#i18n/dietary.ts';
import { translatedLocales, translator } from '#i18n/index.ts';

describe('dietary requirements as a reader sees them', () => {
  const t = translator('en');

  it('shows the guest’s own words instead of "Other"', () => {
    expect(dietaryWords({ dietary: ['vegan', 'other'], dietaryNotes: 'No sesame' }, t)).toEqual([
      'Vegan',
      'No sesame',
    ]);
  });

  it('shows "Other" when no words describe it, never the form’s instruction', () => {
    expect(dietaryWords({ dietary: ['other'] }, t)).toEqual(['Other']);
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
