/**
 * Intl formatters, each made once per isolate for a locale and options. Making one loads locale
 * and time-zone data and costs far more than formatting with it: on the reply page, a V8 profile
 * found a quarter of the Worker's time in new Intl.DateTimeFormat (`npm run bench`). The locales,
 * zones and options come from the code and the event, never from a request, so the cache stays
 * small.
 */
type Formatter =
  | Intl.DateTimeFormat
  | Intl.NumberFormat
  | Intl.ListFormat
  | Intl.PluralRules
  | Intl.Collator
  | Intl.DisplayNames;
const made = new Map<string, Formatter>();

function once<T extends Formatter>(key: string, make: () => T): T {
  let format = made.get(key) as T | undefined;
  if (!format) {
    format = make();
    made.set(key, format);
  }
  return format;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return once(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** `new Intl.NumberFormat(locale)`, made once. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return once(`number ${locale}`, () => new Intl.NumberFormat(locale));
}

/** `new Intl.ListFormat(locale, options)`, made once. */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return once(`list ${locale} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}

/** `new Intl.PluralRules(locale)`, made once. */
export function pluralRules(locale: string): Intl.PluralRules {
  return once(`plural ${locale}`, () => new Intl.PluralRules(locale));
}

/** `new Intl.Collator(locale)`, made once: sorting 10,000 names with `localeCompare(…, locale)` would make one per comparison. */
export function collator(locale: string): Intl.Collator {
  return once(`collator ${locale}`, () => new Intl.Collator(locale));
}

/** `new Intl.DisplayNames(locale, { type: 'region' })`, made once: country names. */
export function displayNames(locale: string): Intl.DisplayNames {
  return once(`region ${locale}`, () => new Intl.DisplayNames(locale, { type: 'region' }));
}
