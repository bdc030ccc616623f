import { zoneOffsetMinutes } from '#schemas/event.ts';
import { fallbackFor, listOverride } from './cldr-fallback.ts';
import { dateTimeFormat, listFormat } from './intl-cache.ts';
import type { Locale } from './locales.ts';

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
 * @example formatDate('2014-10-08T19:00:00+02:00', 'en', 'Europe/Luxembourg') // 'Wednesday 8 October 2014'
 */
export function formatDate(
  instant: string | Date,
  lang: Locale,
  timeZone: string,
  { weekday = true }: { weekday?: boolean } = {},
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

/** A 24-hour clock time in `timeZone`, e.g. "19:00". */
export function formatTime(instant: string | Date, lang: Locale, timeZone: string): string {
  return dateTimeFormat(intlLocale(lang), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** "8 October 2014, 19:00": a recorded time as the organisers' pages and mail write it. */
export function dateAndTime(instant: string | Date, lang: Locale, timeZone: string): string {
  return `${formatDate(instant, lang, timeZone, { weekday: false })}, ${formatTime(instant, lang, timeZone)}`;
}

/** The offset of `timeZone` at `instant` as "UTC+2" (or "UTC+5:30", "UTC"). */
export function formatUtcOffset(instant: string | Date, timeZone: string): string {
  const minutes = zoneOffsetMinutes(new Date(instant), timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

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
 * A number kept on the line of the word before it ("level −2", "REM 1", "Malminkatu 16"): the space
 * between a letter and a number becomes a no-break space, so a narrow screen never strands "−2".
 */
export function keepNumbersWithWords(text: string): string {
  return text.replace(/(?<=\p{L})[ \t]+(?=[\u2212\u2013-]?\d)/gu, '\u00a0');
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
