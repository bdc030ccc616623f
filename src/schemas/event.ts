import { z } from 'zod';
import { locales, type Locale } from '#i18n/locales.ts';
import { dateTimeFormat } from '#i18n/intl-cache.ts';

const instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time with an offset' });
const line = z.string().trim().min(1);

/** The UTC offset of `timeZone` at `date`, in minutes (e.g. 120 for Luxembourg in summer). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const name = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: the zone is at UTC.
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetOf(iso: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (!match) return 0; // 'Z'
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The event's facts that are words, in one language (see src/content/event-names.ts). */
export const eventNamesSchema = z.strictObject({
  /** As a heading. */
  title: line,
  /** As it reads inside a sentence ("invites you to a ministerial dinner …"), article included where the language glues it on. */
  titleInline: line,
  /** As it follows the host's name after a comma; the signature capitalises it. */
  hostRole: line,
  institution: line,
  /** The Council the dinner is on the eve of, as the letter's venue sentence names it. */
  occasion: line,
  /** The city in running text (the postal address keeps `venue.city`, as on the envelope). */
  city: line,
  /** The privacy statement's controller, processor and supervisory authority (official names). */
  controller: line,
  processor: line,
  supervisor: line,
});

/** Every official language required: a missing one fails when the event is loaded. */
const namesByLocale = z.strictObject(
  Object.fromEntries(locales.map((lang) => [lang, eventNamesSchema])) as Record<
    Locale,
    typeof eventNamesSchema
  >,
);

export const audienceCategories = ['minister', 'coordinator', 'industry', 'other'] as const;

export const eventSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The address the site is served at: hreflang alternates are absolute URLs on it. */
    site: z
      .url({ protocol: /^https?$/ })
      .refine((url) => new URL(url).pathname === '/', 'an origin, ending in /'),
    host: z.strictObject({ name: line }),
    names: namesByLocale,
    /**
     * Wall-clock times of the event, written with the offset of `timeZone` on that day. The pages
     * show the start only; `end` serves the calendar file, which says it is indicative.
     */
    start: instant,
    end: instant,
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone'),
    venue: z.strictObject({
      building: line,
      hall: line,
      rooms: z.array(line).min(1),
      level: z.int(),
      street: line,
      postalCode: line,
      city: line,
      country: z.string().regex(/^[A-Z]{2}$/),
    }),
    occasion: z.strictObject({ date: z.iso.date() }),
    topics: z.array(line).min(1),
    audience: z.array(z.strictObject({ category: z.enum(audienceCategories), label: line })).min(1),
    /** Replies are open while now < deadline (RSVP_DEADLINE may override it at run time). */
    deadline: instant,
    mailbox: z.email(),
    /** The facts of the privacy statement (Regulation (EU) 2018/1725); its prose is per language. */
    privacy: z.strictObject({
      dpo: z.email(),
      supervisorUrl: z.url(),
    }),
    /** The facts of the accessibility statement (Directive (EU) 2016/2102); its prose is per language. */
    accessibility: z.strictObject({
      /** When the statement was last prepared or reviewed. */
      reviewed: z.iso.date(),
      /** Where a person not satisfied with the answer to their feedback can complain. */
      enforcementUrl: z.url(),
    }),
    retention: z.strictObject({
      /** Personal data is kept this long after the event ends … */
      days: z.int().min(1),
      /** … and never less than this from the time of writing (KV refuses past expirations). */
      floorDays: z.int().min(1),
    }),
  })
  .superRefine((event, ctx) => {
    if (!isTimeZone(event.timeZone)) return; // reported by the field itself
    for (const key of ['start', 'end'] as const) {
      const expected = zoneOffsetMinutes(new Date(event[key]), event.timeZone);
      if (offsetOf(event[key]) !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `offset must be that of ${event.timeZone} on that day (${expected} minutes)`,
        });
      }
    }
    if (Date.parse(event.end) <= Date.parse(event.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the event must end after it starts' });
    }
    if (Date.parse(event.deadline) > Date.parse(event.start)) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'replies must close before the event' });
    }
  });

export type Event = z.output<typeof eventSchema>;
export type EventNames = z.output<typeof eventNamesSchema>;
export type AudienceCategory = (typeof audienceCategories)[number];
