import { zoneOffsetMinutes } from '#schemas/event.ts';
import { fallbackFor, listOverride } from './cldr-fallback.ts';
import { dateTimeFormat, listFormat } from './intl-cache.ts';
import type { Locale } from './locales.ts';
import { timeOfDay } from './time-of-day.ts';

/** The Intl locale for a site locale: EU English follows British conventions ("8 October 2014"). */
export function intlLocale(lang: Locale): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/**
 * A date whose number never ends a line apart from the word after it: "8.\u00A0Oktober",
 * "8\u00A0October", "spalio 8\u00A0d.", "2014\u00A0m." (every EU language's typography binds them).
 */
function bindNumbers(date: string): string {
  return date.replace(/(\d+\.?) (?=\p{L})/gu, '$1\u00A0');
}

/**
 * A calendar date in `timeZone`.
 * @example formatDate('2030-05-15T09:00:00+02:00', 'en', 'Europe/Paris') // 'Wednesday 15 May 2030'
 */
export function formatDate(
  instant: string | Date,
  lang: Locale,
  timeZone: string,
  { weekday = true }: { weekday?: boolean } = {},
): string {
  // Every instant of one local day reads the same: formatted once per day (#27: Intl's formatting
  // was a tenth of the dashboard's Worker CPU, one call per row).
  const key = `${lang} ${timeZone} ${weekday} ${localClock(instant, timeZone).day}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    text = formatDateWithIntl(instant, lang, timeZone, weekday);
    if (formattedDays.size >= 10_000) formattedDays.clear();
    formattedDays.set(key, text);
  }
  return text;
}
const formattedDays = new Map<string, string>();

/**
 * The local day ("2014-10-08") and time of `instant` in `timeZone`, by the zone's offset at that
 * instant: plain arithmetic, where a formatter's parts cost tens of microseconds each.
 */
export function localClock(
  instant: string | Date,
  timeZone: string,
): { day: string; hour: number; minute: number } {
  const date = new Date(instant);
  const local = new Date(date.getTime() + zoneOffset(date, timeZone) * 60_000);
  return {
    day: local.toISOString().slice(0, 10),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/**
 * The zone's offset at `date`, in minutes, kept per quarter hour: zones change their offset on the
 * hour or the half hour (or a quarter past, in a few), never between.
 */
function zoneOffset(date: Date, timeZone: string): number {
  const key = `${timeZone} ${Math.floor(date.getTime() / 900_000)}`;
  let minutes = offsets.get(key);
  if (minutes === undefined) {
    minutes = zoneOffsetMinutes(date, timeZone);
    if (offsets.size >= 10_000) offsets.clear();
    offsets.set(key, minutes);
  }
  return minutes;
}
const offsets = new Map<string, number>();

function formatDateWithIntl(
  instant: string | Date,
  lang: Locale,
  timeZone: string,
  weekday: boolean,
): string {
  const fallback = fallbackFor(lang);
  if (fallback) {
    const parts = Object.fromEntries(
      dateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        weekday: 'short',
      })
        .formatToParts(new Date(instant))
        .map((part) => [part.type, part.value]),
    );
    const weekdayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
    return bindNumbers(
      (weekday ? fallback.dateWithWeekday : fallback.date)
        .replace('{weekday}', fallback.weekdays[weekdayIndex] ?? '')
        .replace('{day}', parts.day ?? '')
        .replace('{month}', fallback.months[Number(parts.month) - 1] ?? '')
        .replace('{year}', parts.year ?? ''),
    );
  }
  return bindNumbers(
    dateTimeFormat(intlLocale(lang), {
      timeZone,
      weekday: weekday ? 'long' : undefined,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(instant)),
  );
}

/** A 24-hour clock time in `timeZone`, as `lang` writes it ("19.00", French "19 h", Portuguese "19h00"). */
export function formatTime(instant: string | Date, lang: Locale, timeZone: string): string {
  const { hour, minute } = localClock(instant, timeZone);
  return timeOfDay(lang, hour, minute);
}

/** "8 October 2014, 19.00": a recorded time as the organisers' pages and mail write it. */
export function dateAndTime(instant: string | Date, lang: Locale, timeZone: string): string {
  return `${formatDate(instant, lang, timeZone, { weekday: false })}, ${formatTime(instant, lang, timeZone)}`;
}

/** The offset of `timeZone` at `instant` as "UTC+2" (or "UTC+5:30", "UTC"). */
export function formatUtcOffset(instant: string | Date, timeZone: string): string {
  const minutes = zoneOffset(new Date(instant), timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The parts given side by side (`unit` list), the empty ones left out: "Δ. Παπαδόπουλος, Γενικός
 * Γραμματέας", a person and their needs.
 */
export const partsList = (items: (string | undefined)[], lang: Locale): string =>
  formatList(
    items.filter((item): item is string => !!item),
    lang,
    'unit',
  );

/**
 * "A, B and C" in the locale's own way; `unit`: "A, B, C", values of different kinds side by side
 * (a companion's name, then their needs), never joined by "and" (CLDR's unit lists say "et" in
 * French, "e" in Italian, "und" in German). Never an ASCII "; ": in Greek that is the question mark.
 */
export function formatList(
  items: string[],
  lang: Locale,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  const patterns = type === 'conjunction' ? (listOverride[lang] ?? fallbackFor(lang)?.list) : undefined;
  if (patterns && items.length > 1) {
    const last = items.at(-1) ?? '';
    const rest = items.slice(0, -1);
    const pattern = items.length === 2 ? patterns.pair : patterns.end;
    return pattern.replace('{0}', rest.join(', ')).replace('{1}', last);
  }
  // Every official EU language separates enumerated values with a comma and a space.
  if (type === 'unit') return items.join(', ');
  return listFormat(intlLocale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * How a deadline reads: a deadline at local midnight closes at the end of the day before
 * ("by 29 September 2014"), any other time is named.
 */
export function deadlineParts(
  deadline: string | Date,
  timeZone: string,
): { lastDay: Date; endOfDay: boolean } {
  const instant = new Date(deadline);
  const endOfDay =
    dateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(instant) === '00:00:00';
  return { lastDay: endOfDay ? new Date(instant.getTime() - 1) : instant, endOfDay };
}

/**
 * The text with its first letter capitalised in `lang`, for a phrase that stands alone on a line.
 * @example capitalise('membre de la Commission', 'fr') // 'Membre de la Commission'
 */
export function capitalise(text: string, lang: Locale): string {
  const [first = '', ...rest] = text;
  return first.toLocaleUpperCase(intlLocale(lang)) + rest.join('');
}

/**
 * A label as it reads inside a list after the first item: lower case, as every official language
 * but German writes its common words mid-sentence ("Vegetariano, halal, sin gluten"). German keeps
 * the capitals its nouns need ("Nussallergie"), so its labels stay as written.
 * @example midList('Halal', 'es') // 'halal'
 */
export function midList(label: string, lang: Locale): string {
  if (lang === 'de') return label;
  const [first = '', ...rest] = label;
  // An acronym or a name in capitals keeps them ("EU", "ÖBB").
  if (rest[0] && rest[0] === rest[0].toLocaleUpperCase(intlLocale(lang)) && /\p{Lu}/u.test(rest[0]))
    return label;
  return first.toLocaleLowerCase(intlLocale(lang)) + rest.join('');
}

/** The one-letter prepositions and conjunctions that must not end a line, by language. */
const oneLetterWords: Partial<Record<Locale, string>> = {
  cs: 'aikosuvzAIKOSUVZ',
  sk: 'aikosuvzAIKOSUVZ',
  pl: 'aiouwzAIOUWZ',
  sl: 'aikosuvzAIKOSUVZ',
};
/** After a one-letter word: spaces before more text (or, inside HTML, before a tag: `$`). */
const oneLetterPattern = (letters: string, beforeTag: boolean) =>
  new RegExp(`(?<=^|[\\s\u00a0(„“"'‚])([${letters}]) +(?=\\S${beforeTag ? '|$' : ''})`, 'gu');
const oneLetterPatterns = new Map(
  Object.entries(oneLetterWords).map(([lang, letters]) => [lang, oneLetterPattern(letters, false)]),
);
const oneLetterPatternsInHtml = new Map(
  Object.entries(oneLetterWords).map(([lang, letters]) => [lang, oneLetterPattern(letters, true)]),
);

/**
 * Text as `lang` typesets it: in Czech, Slovak, Polish and Slovenian a one-letter preposition or
 * conjunction ("v", "k", "s", "z", "o", "u", "a", "i") never ends a line, so the space after it is a
 * no-break space (as in dates). Other languages' text is returned as it is.
 * @example typeset('Večera v Lucemburku', 'cs') // 'Večera v\u00a0Lucemburku'
 */
export function typeset(text: string, lang: Locale): string {
  const pattern = oneLetterPatterns.get(lang);
  return pattern ? text.replace(pattern, '$1\u00a0') : text;
}

/** Whether `typeset` changes anything in `lang`'s text. */
export const hasTypesetting = (lang: Locale) => oneLetterPatterns.has(lang);

/** HTML as `lang` typesets its text (./typeset), tags and their attributes untouched. */
export function typesetHtml(html: string, lang: Locale): string {
  const pattern = oneLetterPatternsInHtml.get(lang);
  if (!pattern) return html;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(pattern, '$1\u00a0')))
    .join('');
}

/**
 * A number kept on the line of the word before it ("level −2", "Room 1", "Rue de la Loi 16"): the space
 * between a letter and a number becomes a no-break space, so a narrow screen never strands "−2";
 * and a postcode on the line of the town after it ("1040 Bruxelles", "L-1499 Town").
 */
export function keepNumbersWithWords(text: string): string {
  return text
    .replace(/(?<=\p{L})[ \t]+(?=[\u2212\u2013-]?\d)/gu, '\u00a0')
    .replace(/(?<=(?:^|[\s,])(?:[A-Z]{1,2}-)?\d{4,5})[ \t]+(?=\p{L})/gu, '\u00a0');
}

/**
 * The semicolon as `lang` writes it: Greek's is the ano teleia (its ";" is the question mark), and
 * French sets a narrow no-break space before it.
 */
export function semicolon(lang: Locale): string {
  if (lang === 'el') return '\u00b7';
  return lang === 'fr' ? '\u202f;' : ';';
}

/** The colon after a label, as `lang` writes it (French: a no-break space before it). */
export function colon(lang: Locale): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}
/**
 * Text for HTML, in an element or an attribute in either quotes (as Astro escapes expressions).
 * @example escapeHtml('<b>"A & B\'s"</b>') // '&lt;b&gt;&quot;A &amp; B&#39;s&quot;&lt;/b&gt;'
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => htmlEntities[char] ?? char);
const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
