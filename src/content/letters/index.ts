import type { Locale } from '#i18n/locales.ts';
import type { Letter } from '#schemas/letter.ts';
import bg from './bg.ts';
import cs from './cs.ts';
import da from './da.ts';
import de from './de.ts';
import el from './el.ts';
import en from './en.ts';
import es from './es.ts';
import et from './et.ts';
import fi from './fi.ts';
import fr from './fr.ts';
import ga from './ga.ts';
import hr from './hr.ts';
import hu from './hu.ts';
import it from './it.ts';
import lt from './lt.ts';
import lv from './lv.ts';
import mt from './mt.ts';
import nl from './nl.ts';
import pl from './pl.ts';
import pt from './pt.ts';
import ro from './ro.ts';
import sk from './sk.ts';
import sl from './sl.ts';
import sv from './sv.ts';

/** The letter in each official language: English is the original, the others its translations. */
export const letters: Record<Locale, Letter> = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
};

/** The letter in `lang`. */
export function letterFor(lang: Locale): Letter {
  return letters[lang];
}
