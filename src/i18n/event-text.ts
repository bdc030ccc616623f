import { letterFor } from '#content/letters/index.ts';
import type { Event } from '#schemas/event.ts';
import {
  capitalise,
  deadlineParts,
  formatDate,
  formatList,
  formatTime,
  formatUtcOffset,
  intlLocale,
} from './format.ts';
import { translator } from './index.ts';
import { numberFormat } from './intl-cache.ts';
import type { Locale } from './locales.ts';

/**
 * The event's facts as they read in one language: dates and times in the event's time zone, with
 * the zone named. `deadline` is the one in force (RSVP_DEADLINE may move it at run time).
 */
export function eventText(event: Event, lang: Locale, deadline: string | Date = event.deadline) {
  const t = translator(lang);
  const { timeZone, venue } = event;
  const translated = letterFor(lang).translation?.event;
  const names = event.names[lang];
  const zone = zoneName(event, lang, event.start);
  const { lastDay, endOfDay } = deadlineParts(deadline, timeZone);
  const deadlineDate = formatDate(lastDay, lang, timeZone, { weekday: false });
  const deadlineZone = zoneName(event, lang, deadline);
  return {
    title: names.title,
    /** The title inside a sentence ("… invites you to a ministerial dinner …"). */
    titleInline: names.titleInline,
    hostName: event.host.name,
    /** After the host's name and a comma. */
    hostRole: names.hostRole,
    /** On a line of its own (the signature). */
    hostRoleAlone: capitalise(names.hostRole, lang),
    institution: names.institution,
    startIso: event.start,
    timeZone,
    lang,
    intlLocale: intlLocale(lang),
    /** The venue on OpenStreetMap: a plain link, so our pages make no request to another origin. */
    mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.street}, ${venue.postalCode} ${venue.city}`)}`,
    /** "Wednesday 8 October 2014" */
    date: formatDate(event.start, lang, timeZone),
    /** "8 October 2014", as the letter writes it */
    dateInline: formatDate(event.start, lang, timeZone, { weekday: false }),
    /** The start only: the letter gives no end time. */
    startTime: formatTime(event.start, lang, timeZone),
    zone,
    /** "29 September 2014" (the letter's "by …") */
    deadlineInline: endOfDay ? deadlineDate : `${deadlineDate}, ${formatTime(deadline, lang, timeZone)}`,
    /** "29 September 2014, end of day" */
    deadlineFull: endOfDay
      ? t('deadline.endOfDay', { date: deadlineDate })
      : t('deadline.at', { date: deadlineDate, time: formatTime(deadline, lang, timeZone) }),
    deadlineZone,
    councilDate: formatDate(`${event.occasion.date}T12:00:00Z`, lang, timeZone, { weekday: false }),
    occasion: names.occasion,
    /** "Kirchberg Conference Centre, Salle des repas ministériels, level −2, REM 1 & REM 2" */
    place: [
      venue.building,
      venue.hall,
      // "level −2" stays on one line: no-break spaces, and a minus sign, which never breaks from its number.
      t('venue.level', {
        level: numberFormat(intlLocale(lang)).format(venue.level).replace(/^-/, '\u2212'),
      }).replace(/ /g, '\u00a0'),
      venue.rooms.join(' & '),
    ].join(', '),
    /** The city in running text, in this language. */
    city: names.city,
    /** The postal address, as on the envelope. */
    address: `${venue.street}, ${venue.postalCode} ${venue.city}`,
    audience: formatList(
      event.audience.map((group) =>
        translated && group.category !== 'other' ? translated.audience[group.category] : group.label,
      ),
      lang,
    ),
    topics: translated?.topics ?? event.topics,
    mailbox: event.mailbox,
  };
}

/** "Luxembourg time, UTC+2": the event's zone, named by its city in `lang`, at `instant`. */
export function zoneName(event: Event, lang: Locale, instant: string | Date): string {
  return translator(lang)('time.zone', {
    city: event.names[lang].city,
    offset: formatUtcOffset(instant, event.timeZone),
  });
}

export type EventText = ReturnType<typeof eventText>;
