import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '#i18n/format.ts';
import { pluralCategory } from '#i18n/plural.ts';

// Inside workerd, whose ICU has no Maltese or Irish data: the CLDR fallback must take over.
describe('dates and lists in the Workers runtime', () => {
  const instant = '2014-10-08T19:00:00+02:00';
  const zone = 'Europe/Luxembourg';

  it('are Maltese in Maltese', () => {
    expect(formatDate(instant, 'mt', zone)).toBe('L-Erbgħa, 8\u00A0ta’ Ottubru 2014');
    expect(formatDate(instant, 'mt', zone, { weekday: false })).toBe('8\u00A0ta’ Ottubru 2014');
    // No comma before "u" (issue 13): CLDR's "A, B, u C" is not the EU's Maltese style.
    expect(formatList(['A', 'B', 'C'], 'mt')).toBe('A, B u C');
    expect(formatList(['A', 'B'], 'mt')).toBe('A u B');
  });

  it('count in Maltese and Irish plurals, which this runtime’s ICU lacks', () => {
    expect([1, 2, 3, 11, 20].map((count) => pluralCategory(count, 'mt'))).toEqual([
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([1, 2, 3, 7, 11].map((count) => pluralCategory(count, 'ga'))).toEqual([
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('are Irish in Irish', () => {
    expect(formatDate(instant, 'ga', zone)).toBe('Dé Céadaoin 8\u00A0Deireadh Fómhair 2014');
    expect(formatDate('2014-09-29T12:00:00Z', 'ga', zone, { weekday: false })).toBe(
      '29\u00A0Meán Fómhair 2014',
    );
    expect(formatList(['A', 'B', 'C'], 'ga')).toBe('A, B agus C');
  });

  it('use the event time zone for the day (23:30 UTC on 29 September is 30 September in Luxembourg)', () => {
    expect(formatDate('2014-09-29T23:30:00Z', 'mt', zone, { weekday: false })).toBe(
      '30\u00A0ta’ Settembru 2014',
    );
  });

  it('stay with the runtime’s own Intl for the languages it knows', () => {
    expect(formatDate(instant, 'de', zone)).toBe('Mittwoch, 8.\u00A0Oktober 2014');
  });
});
