import { z } from 'zod';
import { admin } from '#i18n/dictionaries/admin.ts';
import { bg } from '#i18n/dictionaries/bg.ts';
import { cs } from '#i18n/dictionaries/cs.ts';
import { da } from '#i18n/dictionaries/da.ts';
import { de } from '#i18n/dictionaries/de.ts';
import { el } from '#i18n/dictionaries/el.ts';
import { en } from '#i18n/dictionaries/en.ts';
import { es } from '#i18n/dictionaries/es.ts';
import { et } from '#i18n/dictionaries/et.ts';
import { fi } from '#i18n/dictionaries/fi.ts';
import { fr } from '#i18n/dictionaries/fr.ts';
import { ga } from '#i18n/dictionaries/ga.ts';
import { hr } from '#i18n/dictionaries/hr.ts';
import { hu } from '#i18n/dictionaries/hu.ts';
import { it } from '#i18n/dictionaries/it.ts';
import { lt } from '#i18n/dictionaries/lt.ts';
import { lv } from '#i18n/dictionaries/lv.ts';
import { mt } from '#i18n/dictionaries/mt.ts';
import { nl } from '#i18n/dictionaries/nl.ts';
import { pl } from '#i18n/dictionaries/pl.ts';
import { pt } from '#i18n/dictionaries/pt.ts';
import { ro } from '#i18n/dictionaries/ro.ts';
import { sk } from '#i18n/dictionaries/sk.ts';
import { sl } from '#i18n/dictionaries/sl.ts';
import { sv } from '#i18n/dictionaries/sv.ts';
import { intlLocale, typeset } from './format.ts';
import { numberFormat } from './intl-cache.ts';
import { defaultLocale, type Locale } from './locales.ts';
import { selectPlurals } from './plural.ts';
import { interpolate } from './template.ts';
import type { Dictionary, MessageKey } from './dictionary.ts';

export type { Dictionary, MessageKey } from './dictionary.ts';

/** Every key of the English dictionary, required, and nothing else: a missing key fails at load. */
export const dictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().trim().min(1)])) as Record<
    MessageKey,
    z.ZodString
  >,
);

// Every official language; a language missing here would fall back to English.
const registry: Partial<Record<Locale, Dictionary>> = {
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

export const dictionaries = Object.fromEntries(
  Object.entries(registry).map(([locale, dictionary]) => [locale, dictionarySchema.parse(dictionary)]),
) as Partial<Record<Locale, Dictionary>>;

/** The locales that have an interface dictionary: one invitation page is built for each. */
export const translatedLocales = Object.keys(dictionaries) as Locale[];

/** The locale the interface is shown in: `lang` once its dictionary exists, else English. */
export function interfaceLocale(lang: Locale): Locale {
  return dictionaries[lang] ? lang : defaultLocale;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * The translation function for one locale (English where the locale has no dictionary yet).
 * A `{count, plural, one {…} other {…}}` message takes the variant of the locale's plural rules;
 * numbers are written as the locale writes them ("1 000 caractères", "1000 caracteres").
 * @example translator('en')('fix.too_long', { max: 1000 }) // 'Shorten this text to 1,000 characters or fewer.'
 */
/**
 * The title of the privacy or the accessibility statement in `lang`, as written: the footer's and
 * the form's link to it (the statement's page typesets its own heading). From the dictionary, so
 * the Worker does not carry the statements themselves (prerendered pages; #27, its bundle).
 */
export function statementTitle(lang: Locale, statement: 'privacy' | 'accessibility'): string {
  return (dictionaries[lang] ?? (dictionaries[defaultLocale] as Dictionary))[`nav.${statement}`];
}

/**
 * Each language's messages that take no values, as `translator` gives them, kept once worked out:
 * a page asks for the same few hundred labels on every request (#27: per isolate, not per request).
 */
const plainMessages = new Map<Locale, Map<MessageKey, string>>();

export function translator(lang: Locale): Translate {
  const dictionary = dictionaries[lang] ?? (dictionaries[defaultLocale] as Dictionary);
  const numbers = numberFormat(intlLocale(lang));
  let plain = plainMessages.get(lang);
  if (!plain) plainMessages.set(lang, (plain = new Map()));
  const kept = plain;
  return (key, values) => {
    if (!values) {
      let text = kept.get(key);
      if (text === undefined) {
        text = typeset(interpolate(selectPlurals(dictionary[key], {}, lang)), lang);
        kept.set(key, text);
      }
      return text;
    }
    const written = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'number' ? numbers.format(value) : value,
      ]),
    );
    return typeset(interpolate(selectPlurals(dictionary[key], values, lang), written), lang);
  };
}

export type AdminKey = keyof typeof admin;

/** The organisers' interface strings (English), plurals chosen as in the invitees' dictionaries. */
export function adminTranslator(): (key: AdminKey, values?: Record<string, string | number>) => string {
  return (key, values = {}) => interpolate(selectPlurals(admin[key], values, 'en'), values);
}

/**
 * The translator for the organisers' forms: the organisers' own strings (`admin.` + key: their
 * error codes such as a duplicate e-mail address, and the reply fields in the organiser's voice on
 * the record form) first, then the invitees' English ones.
 */
export function organiserFieldTranslator(): Translate {
  const t = translator('en');
  return (key, values) => {
    const own = `admin.${key}`;
    return own in admin
      ? interpolate(selectPlurals(admin[own as AdminKey], values ?? {}, 'en'), values)
      : t(key, values);
  };
}
