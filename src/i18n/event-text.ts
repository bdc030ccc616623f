import { event } from '../content/event.ts';
import { letterFor } from '../content/letters/index.ts';
import { deadlineParts, formatDate, formatList, formatTime, formatUtcOffset, intlLocale } from './format.ts';
import { translator } from './index.ts';
import { numberFormat } from './intl-cache.ts';
import type { Locale } from './locales.ts';

/**
 * The event's facts as they read in one language: dates and times in the event's time zone, with
 * the zone named. `deadline` is the one in force (RSVP_DEADLINE may move it at run time).
 */
export function eventText(lang: Locale, deadline: string | Date = event.deadline) {
  const t = translator(lang);
  const { timeZone, venue } = event;
  const translated = letterFor(lang).translation?.event;
  const zone = t('time.zone', { city: venue.city, offset: formatUtcOffset(event.start, timeZone) });
  const { lastDay, endOfDay } = deadlineParts(deadline, timeZone);
  const deadlineDate = formatDate(lastDay, lang, timeZone, { weekday: false });
  const deadlineZone = t('time.zone', { city: venue.city, offset: formatUtcOffset(deadline, timeZone) });
  return {
    title: translated?.title ?? event.title,
    hostName: event.host.name,
    hostRole: translated?.hostRole ?? event.host.role,
    institution: translated?.institution ?? event.host.institution,
    startIso: event.start,
    timeZone,
    intlLocale: intlLocale(lang),
    /** The venue on OpenStreetMap: a plain link, so our pages make no request to another origin. */
    mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.street}, ${venue.postalCode} ${venue.city}`)}`,
    /** "Wednesday 8 October 2014" */
    date: formatDate(event.start, lang, timeZone),
    /** "8 October 2014", as the letter writes it */
    dateInline: formatDate(event.start, lang, timeZone, { weekday: false }),
    startTime: formatTime(event.start, lang, timeZone),
    timeRange: t('time.range', {
      start: formatTime(event.start, lang, timeZone),
      end: formatTime(event.end, lang, timeZone),
    }),
    zone,
    /** "29 September 2014" (the letter's "by …") */
    deadlineInline: endOfDay ? deadlineDate : `${deadlineDate}, ${formatTime(deadline, lang, timeZone)}`,
    /** "29 September 2014, end of day" */
    deadlineFull: endOfDay
      ? t('deadline.endOfDay', { date: deadlineDate })
      : t('deadline.at', { date: deadlineDate, time: formatTime(deadline, lang, timeZone) }),
    deadlineZone,
    councilDate: formatDate(`${event.occasion.date}T12:00:00Z`, lang, timeZone, { weekday: false }),
    occasion: translated?.occasion ?? event.occasion.name,
    /** "Kirchberg Conference Centre, Salle des repas ministériels, level -2, REM 1 & REM 2" */
    place: [
      venue.building,
      venue.hall,
      t('venue.level', { level: numberFormat(intlLocale(lang)).format(venue.level) }),
      venue.rooms.join(' & '),
    ].join(', '),
    city: venue.city,
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

export type EventText = ReturnType<typeof eventText>;
