import type { Locale } from '../../i18n/locales.ts';
import type { Letter } from '../../schemas/letter.ts';
import en from './en.ts';

const letters: Partial<Record<Locale, Letter>> = { en };

/** The letter in `lang`; a language whose translation is not written yet shows the English original. */
export function letterFor(lang: Locale): Letter {
  return letters[lang] ?? en;
}
