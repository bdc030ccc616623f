import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '../i18n/locales.ts';

/** A text given in the original language (English) and, optionally, in any other official language. */
export type Localized<T> = { [defaultLocale]: T } & Partial<Record<Locale, T>>;

/** A zod schema for {@link Localized}: English is required, other locales optional, nothing else allowed. */
export function localized<T extends z.ZodType>(schema: T) {
  const shape = Object.fromEntries(
    locales.map((locale) => [locale, locale === defaultLocale ? schema : schema.optional()]),
  ) as Record<Locale, T>;
  return z.strictObject(shape) as unknown as z.ZodType<Localized<z.output<T>>, Localized<z.input<T>>>;
}

/**
 * The text in `lang`, else in the original language.
 * @example pick({ en: 'Luxembourg', de: 'Luxemburg' }, 'de') // 'Luxemburg'
 */
export function pick<T>(value: Localized<T>, lang: Locale): T {
  return value[lang] ?? value[defaultLocale];
}
