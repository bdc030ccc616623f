import { event } from '../content/event.ts';
import { pick } from '../schemas/localized.ts';
import { deadlineParts, formatDate, formatList, formatTime, formatUtcOffset, intlLocale } from './format.ts';
import { translator } from './index.ts';
import type { Locale } from './locales.ts';

/**
 * The event's facts as they read in one language: dates and times in the event's time zone, with
 * the zone named. `deadline` is the one in force (RSVP_DEADLINE may move it at run time).
 */
export function eventText(lang: Locale, deadline: string | Date = event.deadline) {
  const t = translator(lang);
  const { timeZone, venue } = event;
  const zone = t('time.zone', { city: venue.city, offset: formatUtcOffset(event.start, timeZone) });
  const { lastDay, endOfDay } = deadlineParts(deadline, timeZone);
  const deadlineDate = formatDate(lastDay, lang, timeZone, { weekday: false });
  const deadlineZone = t('time.zone', { city: venue.city, offset: formatUtcOffset(deadline, timeZone) });
  return {
    title: pick(event.title, lang),
    hostName: event.host.name,
    hostRole: pick(event.host.role, lang),
    institution: pick(event.host.institution, lang),
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
    occasion: pick(event.occasion.name, lang),
    /** "Kirchberg Conference Centre, Salle des repas ministériels, level -2, REM 1 & REM 2" */
    place: [
      venue.building,
      venue.hall,
      t('venue.level', { level: new Intl.NumberFormat(intlLocale(lang)).format(venue.level) }),
      venue.rooms.join(' & '),
    ].join(', '),
    city: venue.city,
    address: `${venue.street}, ${venue.postalCode} ${venue.city}`,
    audience: formatList(
      event.audience.map((group) => pick(group.label, lang)),
      lang,
    ),
    topics: event.topics.map((topic) => pick(topic, lang)),
    mailbox: event.mailbox,
  };
}

export type EventText = ReturnType<typeof eventText>;
