import type { Locale } from './locales.ts';

/**
 * Date and list patterns for the official languages whose data the Workers runtime's ICU lacks
 * (it formats Maltese and Irish dates in American English). Copied from CLDR as Node's full ICU
 * has it; used only when the runtime's Intl cannot serve the language.
 */
interface Patterns {
  months: string[];
  /** Sunday first, as Date#getDay counts. */
  weekdays: string[];
  date: string;
  dateWithWeekday: string;
  /** "A, B and C" and "A and B". */
  list: { end: string; pair: string };
  /** The cardinal plural rule (CLDR `plurals.xml`). */
  plural: (count: number) => 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
}

export const cldrFallback: Partial<Record<Locale, Patterns>> = {
  mt: {
    months: [
      'Jannar',
      'Frar',
      'Marzu',
      'April',
      'Mejju',
      'Ġunju',
      'Lulju',
      'Awwissu',
      'Settembru',
      'Ottubru',
      'Novembru',
      'Diċembru',
    ],
    weekdays: ['Il-Ħadd', 'It-Tnejn', 'It-Tlieta', 'L-Erbgħa', 'Il-Ħamis', 'Il-Ġimgħa', 'Is-Sibt'],
    date: '{day} ta’ {month} {year}',
    dateWithWeekday: '{weekday}, {day} ta’ {month} {year}',
    // Maltese puts no comma before "u" (and): "A, B u C".
    list: { end: '{0} u {1}', pair: '{0} u {1}' },
    plural: (n) => {
      const rest = n % 100;
      if (n === 1) return 'one';
      if (n === 2) return 'two';
      if (n === 0 || (rest >= 3 && rest <= 10)) return 'few';
      if (rest >= 11 && rest <= 19) return 'many';
      return 'other';
    },
  },
  ga: {
    months: [
      'Eanáir',
      'Feabhra',
      'Márta',
      'Aibreán',
      'Bealtaine',
      'Meitheamh',
      'Iúil',
      'Lúnasa',
      'Meán Fómhair',
      'Deireadh Fómhair',
      'Samhain',
      'Nollaig',
    ],
    weekdays: [
      'Dé Domhnaigh',
      'Dé Luain',
      'Dé Máirt',
      'Dé Céadaoin',
      'Déardaoin',
      'Dé hAoine',
      'Dé Sathairn',
    ],
    date: '{day} {month} {year}',
    dateWithWeekday: '{weekday} {day} {month} {year}',
    list: { end: '{0} agus {1}', pair: '{0} agus {1}' },
    plural: (n) => {
      if (n === 1) return 'one';
      if (n === 2) return 'two';
      if (n >= 3 && n <= 6) return 'few';
      if (n >= 7 && n <= 10) return 'many';
      return 'other';
    },
  },
};

/**
 * List patterns that replace CLDR's even where the runtime has them: the EU's Maltese style puts no
 * comma before "u" (and), where CLDR writes "A, B, u C".
 */
export const listOverride: Partial<Record<Locale, Patterns['list']>> = {
  mt: { end: '{0} u {1}', pair: '{0} u {1}' },
};

/** The fallback patterns for `lang` when this runtime's Intl has no data for it, else undefined. */
export function fallbackFor(lang: Locale): Patterns | undefined {
  const patterns = cldrFallback[lang];
  return patterns && Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0 ? patterns : undefined;
}
