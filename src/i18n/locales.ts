/**
 * The 24 official languages of the European Union, declared once: routes, the guest list's
 * `language` column, negotiation and the language switcher all derive from this list.
 * Each language is named in itself (its endonym), as a language switcher shows it.
 */
export const languages = {
  bg: 'български',
  cs: 'čeština',
  da: 'dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'español',
  et: 'eesti',
  fi: 'suomi',
  fr: 'français',
  ga: 'Gaeilge',
  hr: 'hrvatski',
  hu: 'magyar',
  it: 'italiano',
  lt: 'lietuvių',
  lv: 'latviešu',
  mt: 'Malti',
  nl: 'Nederlands',
  pl: 'polski',
  pt: 'português',
  ro: 'română',
  sk: 'slovenčina',
  sl: 'slovenščina',
  sv: 'svenska',
} as const;

export type Locale = keyof typeof languages;

export const locales = Object.keys(languages) as Locale[];

/** The language of the original letter, the dictionary key source, and the fallback everywhere. */
export const defaultLocale = 'en' satisfies Locale;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(languages, value);
}
