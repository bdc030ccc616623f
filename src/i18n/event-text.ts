import { textsIn, type Event } from '#schemas/event.ts';
import {
  deadlineParts,
  formatDate,
  formatTime,
  formatUtcOffset,
  intlLocale,
  keepNumbersWithWords,
  semicolon,
  hasTypesetting,
  typeset,
} from './format.ts';
import { translator } from './index.ts';
import { interpolate } from './template.ts';
import type { Locale } from './locales.ts';

/**
 * The event's facts as they read in one language: its own words (texts/{lang}.yaml), dates and
 * times in the event's time zone, with the zone named. `deadline` is the one in force
 * (RSVP_DEADLINE may move it at run time).
 */
export function eventText(event: Event, lang: Locale, deadline: string | Date = event.deadline): EventText {
  // The same event, language and deadline read the same for the isolate's life: built once (#27).
  const key = `${lang} ${typeof deadline === 'string' ? deadline : deadline.toISOString()}`;
  const built = texts.get(event) ?? new Map<string, EventText>();
  texts.set(event, built);
  const known = built.get(key);
  if (known) return known;
  const text = Object.freeze(buildEventText(event, lang, deadline));
  built.set(key, text);
  return text;
}

export type EventText = Readonly<ReturnType<typeof buildEventText>>;
/** Each event's texts by language and deadline (events are read once per isolate). */
const texts = new WeakMap<Event, Map<string, EventText>>();

function buildEventText(event: Event, lang: Locale, deadline: string | Date) {
  const t = translator(lang);
  const words = typesetWords(textsIn(event, lang), lang);
  const { timeZone } = event;
  const { lastDay, endOfDay } = deadlineParts(deadline, timeZone);
  const deadlineDate = formatDate(lastDay, lang, timeZone, { weekday: false });
  const startTime = formatTime(event.start, lang, timeZone);
  const endTime = formatTime(event.end, lang, timeZone);
  const venue = words.venue.map(keepNumbersWithWords);
  return {
    lang,
    intlLocale: intlLocale(lang),
    title: words.title,
    /** The title as it reads inside a sentence (texts/{lang}.yaml, titleInline). */
    titleInline: words.titleInline,
    hostName: words.host.name,
    /** After the host's name and a comma. */
    hostRole: words.host.role,
    /** The letter's signature, line by line. */
    signature: words.signature,
    institution: words.institution,
    startIso: event.start,
    endIso: event.end,
    timeZone,
    /** The venue on OpenStreetMap: a plain link, so our pages make no request to another origin. */
    mapUrl: event.map ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(event.map)}` : null,
    /** "Wednesday 8 October 2014" */
    date: formatDate(event.start, lang, timeZone),
    /** "8 October 2014", as a letter writes it */
    dateInline: formatDate(event.start, lang, timeZone, { weekday: false }),
    startTime,
    endTime,
    /** What the pages say of the time: the start ("19:00"), or start to end ("08:00–09:30") when the event says so. */
    time: event.options.showEnd ? `${startTime}\u2013${endTime}` : startTime,
    /** The zone at the start, named by the event's sentence ("{city} time, UTC±n"). */
    zone: zoneName(event, lang, event.start),
    /** "29 September 2014" (a letter's "by …") */
    deadlineInline: endOfDay ? deadlineDate : `${deadlineDate}, ${formatTime(deadline, lang, timeZone)}`,
    /** "29 September 2014, end of day" */
    deadlineFull: endOfDay
      ? t('deadline.endOfDay', { date: deadlineDate })
      : t('deadline.at', { date: deadlineDate, time: formatTime(deadline, lang, timeZone) }),
    deadlineZone: zoneName(event, lang, deadline),
    occasion: words.occasion,
    occasionDate: event.occasionDate
      ? formatDate(`${event.occasionDate}T12:00:00Z`, lang, timeZone, { weekday: false })
      : undefined,
    /** The city in running text, in this language. */
    city: words.city,
    /** The place, line by line (numbers kept with their words). */
    venue,
    /** The venue lines on one line, joined with the language's semicolon. */
    venueInline: venue.join(`${semicolon(lang)} `),
    mailbox: event.mailbox,
    addToCalendar: words.addToCalendar,
    /** The event's own sentences (texts/{lang}.yaml): each language's forms of its names. */
    sentences: words.sentences,
  };
}

/** The event's words as `lang` typesets them (no one-letter preposition at a line's end). */
function typesetWords<T>(words: T, lang: Locale): T {
  if (!hasTypesetting(lang)) return words;
  if (typeof words === 'string') return typeset(words, lang) as T;
  if (Array.isArray(words)) return words.map((item: unknown) => typesetWords(item, lang)) as T;
  if (words && typeof words === 'object')
    return Object.fromEntries(
      Object.entries(words).map(([key, value]) => [key, typesetWords(value, lang)]),
    ) as T;
  return words;
}

/** The event's zone as its sentence `zone` names it in `lang`, with the offset at `instant`. */
export function zoneName(event: Event, lang: Locale, instant: string | Date): string {
  const texts = textsIn(event, lang);
  // Only the two words it uses are typeset (the whole text was, at every date a page names).
  const words = typesetWords({ zone: texts.sentences.zone, city: texts.city }, lang);
  return interpolate(words.zone, {
    city: words.city,
    offset: formatUtcOffset(instant, event.timeZone),
  });
}
