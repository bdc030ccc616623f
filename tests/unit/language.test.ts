import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from '#server/http/language.ts';
import { locales } from '#i18n/locales.ts';

describe('Accept-Language negotiation', () => {
  const table: [string | null, string][] = [
    ['de-AT,de;q=0.9,en;q=0.5', 'de'],
    ['pt-PT', 'pt'],
    ['fr-BE;q=0.8, nl-BE', 'nl'],
    ['en-GB,en;q=0.9', 'en'],
    ['ru,mt;q=0.5', 'mt'],
    ['*', 'en'],
    ['xx,*;q=0.1', 'en'],
    ['sv;q=0', 'en'],
    ['et;q=0.2, lv;q=0.3', 'lv'],
    ['GA-ie', 'ga'],
    [';;q=abc,,', 'en'],
    ['de;q=2', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['a'.repeat(5000), 'en'],
    ['zh-Hant-TW, el;q=0.4', 'el'],
  ];
  for (const [header, expected] of table) {
    it(`chooses ${expected} for ${JSON.stringify(header)?.slice(0, 40)}`, () => {
      expect(negotiateLanguage(header, locales)).toBe(expected);
    });
  }

  it('chooses among the available languages only', () => {
    expect(negotiateLanguage('de,fr;q=0.5', ['en', 'fr'])).toBe('fr');
    expect(negotiateLanguage('de', ['en'])).toBe('en');
  });
});
