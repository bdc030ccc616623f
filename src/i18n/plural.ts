import { cldrFallback } from './cldr-fallback.ts';
import { numberFormat, pluralRules } from './intl-cache.ts';
import type { Locale } from './locales.ts';

export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof pluralCategories)[number];

/** `{count, plural, one {…} other {… # …}}`: the variants may hold `{name}` placeholders, `#` is the number. */
const PLURAL =
  /\{([a-zA-Z]+), plural,((?:\s*(?:zero|one|two|few|many|other) \{(?:[^{}]|\{[a-zA-Z]+\})*\})+)\s*\}/g;
const VARIANT = /(zero|one|two|few|many|other) \{((?:[^{}]|\{[a-zA-Z]+\})*)\}/g;

/**
 * The CLDR plural category of `count` in `lang`. The Workers runtime's ICU lacks Maltese and Irish
 * (as for dates, ./cldr-fallback.ts): their rules, copied from CLDR, stand in there.
 * @example pluralCategory(2, 'ga') // 'two'
 */
export function pluralCategory(count: number, lang: Locale): PluralCategory {
  const fallback = cldrFallback[lang];
  if (fallback && !runtimeKnows(lang)) return fallback.plural(count);
  return pluralRules(lang === 'en' ? 'en-GB' : lang).select(count) as PluralCategory;
}

const known = new Map<Locale, boolean>();
/** Whether this runtime's ICU has plural rules for `lang` (asked once per isolate). */
function runtimeKnows(lang: Locale): boolean {
  let answer = known.get(lang);
  if (answer === undefined) {
    answer = Intl.PluralRules.supportedLocalesOf([lang]).length > 0;
    known.set(lang, answer);
  }
  return answer;
}

/** The plural categories a message offers for `name`, or [] when it has no plural for it. */
export function pluralVariants(message: string): Record<string, PluralCategory[]> {
  const result: Record<string, PluralCategory[]> = {};
  for (const [, name = '', body = ''] of message.matchAll(PLURAL))
    result[name] = [...body.matchAll(VARIANT)].map((match) => match[1] as PluralCategory);
  return result;
}

/**
 * Chooses each `{name, plural, …}` variant for the number in `values[name]` (else `other`), and puts
 * the number, formatted for `lang`, in place of `#`.
 * @example selectPlurals('{count, plural, one {# guest} other {# guests}}', { count: 1 }, 'en') // '1 guest'
 */
export function selectPlurals(
  message: string,
  values: Record<string, string | number>,
  lang: Locale,
): string {
  return message.replace(PLURAL, (match, name: string, body: string) => {
    const count = Number(values[name]);
    const variants = Object.fromEntries([...body.matchAll(VARIANT)].map((v) => [v[1], v[2] ?? '']));
    const chosen = Number.isFinite(count)
      ? (variants[pluralCategory(count, lang)] ?? variants.other)
      : variants.other;
    const number = Number.isFinite(count) ? numberFormat(lang === 'en' ? 'en-GB' : lang).format(count) : '';
    return chosen === undefined ? match : chosen.replaceAll('#', number);
  });
}
