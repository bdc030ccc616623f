import { z } from 'zod';
import { dateTimeFormat } from '#i18n/intl-cache.ts';
import { isLocale, locales, type Locale } from '#i18n/locales.ts';
import { countryCodeSchema, presidencyOn } from './country.ts';
import { template, webAddress } from './text.ts';

/**
 * An event, as its folder holds it (src/content/events/{id}/; docs/design.md, "Events"):
 * `event.yaml` for its facts and options, `texts/{lang}.yaml` for its words in each of its
 * languages, `letters/{lang}.md` for the letter. The event's own words never live in the code or
 * the product's dictionaries.
 */

const instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time with an offset' });
const line = z.string().trim().min(1);

/** The UTC offset of `timeZone` at `date`, in minutes (e.g. 120 for Central European summer time). */
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

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone`. */
export function dateIn(instant: string, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
}

/** Names the site keeps for its own addresses: an event may not take them. */
const RESERVED = new Set(['admin', 'api', 'i', '_astro', '404', '500', 'favicon.svg', 'robots.txt']);

/** An event's name in addresses and KV keys: its folder's name. */
export const eventIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters and digits, words joined by single hyphens')
  .refine((id) => !isLocale(id) && !RESERVED.has(id), 'a name the site keeps for itself');

/** A guest category's code (the guest list's `category` column): its labels are the event's words. */
export const categoryCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits and _, starting with a letter');

const unique = <T>(items: T[]) => new Set(items).size === items.length;

/** What the event asks of its guests and shows them. */
export const eventOptionsSchema = z
  .strictObject({
    /** A guest may send a named delegate in their place. */
    delegates: z.boolean(),
    /** Guests may bring companions, up to their allowance on the guest list. */
    companions: z.boolean(),
    /** The allowance of a guest the guest list gives none (0 without companions). */
    defaultCompanions: z.int().min(0).max(10),
    /** The reply asks for dietary requirements. */
    dietary: z.boolean(),
    /** The reply asks for access needs. */
    access: z.boolean(),
    /** The reply asks for the name on the place card. */
    placeCards: z.boolean(),
    /** Pages and the calendar file give the end time; otherwise the start only (the file's end is indicative). */
    showEnd: z.boolean(),
  })
  .refine((options) => options.companions || options.defaultCompanions === 0, {
    path: ['defaultCompanions'],
    message: 'must be 0 when companions is false',
  });

/** The facts and options of `event.yaml`, before the checks across fields. */
const eventFileShape = z.strictObject({
  /** The language the letter was written in; the others translate it. */
  original: z.enum(locales),
  /** The event's languages: its pages, reply forms and guest list languages (at least one). */
  languages: z.array(z.enum(locales)).min(1).refine(unique, 'each language once'),
  /** Wall-clock times of the event, written with the offset of `timeZone` on that day. */
  start: instant,
  end: instant,
  timeZone: z.string().refine(isTimeZone, 'an IANA time zone'),
  /** Replies are open while now < deadline (RSVP_DEADLINE may override it at run time). */
  deadline: instant,
  /** The functional mailbox: replies by e-mail, notices and the digest (wrangler.toml must allow it). */
  mailbox: z.email(),
  /** The guest categories' codes, in the order of counts, print and exports (labels in texts/). */
  categories: z.array(categoryCodeSchema).min(1).refine(unique, 'each category once'),
  options: eventOptionsSchema,
  /**
   * The order of precedence beyond the categories' order: Member States' ministers and delegations
   * in the EU protocol order, and with `presidencyFirst` the Member State holding the Council
   * Presidency on the event's date first (`presidency` names it where the product's table, 2007 to
   * 2030, does not know the date).
   */
  protocol: z
    .strictObject({ presidencyFirst: z.boolean(), presidency: countryCodeSchema.optional() })
    .optional(),
  /** What a map search should look for (the venue's address); no map link without it. */
  map: line.optional(),
  /** The date of the occasion the letter may name ({occasionDate}). */
  occasionDate: z.iso.date().optional(),
  /** The facts of the privacy statement (Regulation (EU) 2018/1725); its prose is the product's. */
  privacy: z.strictObject({ dpo: z.email(), supervisorUrl: webAddress }),
  retention: z.strictObject({
    /** Personal data is kept this long after the event ends … */
    days: z.int().min(1),
    /** … and never less than this from the time of writing (KV refuses past expirations). */
    floorDays: z.int().min(1),
  }),
  /** With Cloudflare Access, the organisers who see this event (every organiser when absent). */
  organisers: z
    .array(z.email().transform((email) => email.toLowerCase()))
    .min(1)
    .optional(),
});

type EventFacts = z.output<typeof eventFileShape>;

/** The checks across `event.yaml`'s fields: languages, times in their zone, the order of dates. */
function checkFacts(event: EventFacts, ctx: z.RefinementCtx) {
  if (!event.languages.includes(event.original)) {
    ctx.addIssue({ code: 'custom', path: ['original'], message: 'must be one of the event’s languages' });
  }
  if (isTimeZone(event.timeZone)) {
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
  }
  if (Date.parse(event.end) <= Date.parse(event.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'the event must end after it starts' });
  }
  if (
    event.protocol?.presidencyFirst &&
    !event.protocol.presidency &&
    isTimeZone(event.timeZone) &&
    !presidencyOn(dateIn(event.start, event.timeZone))
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['protocol', 'presidency'],
      message: 'the Presidency on the event’s date is not known here: name it (a country code)',
    });
  }
  if (Date.parse(event.deadline) > Date.parse(event.start)) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'replies must close before the event' });
  }
}

/** `event.yaml`: the event's facts and options, the same in every language. */
export const eventFileSchema = eventFileShape.superRefine(checkFacts);

/** The placeholders a reminder may use, filled in the guest's language. */
export const reminderPlaceholders = ['title', 'date', 'time', 'venue', 'deadline', 'zone', 'link', 'mailbox'];

/** `texts/{lang}.yaml`: the event's words in one of its languages. */
export const eventTextsSchema = z.strictObject({
  /** As a heading. */
  title: line,
  /** As it reads inside a sentence ("… invites you to a {kind of event} …"). */
  titleInline: line,
  /** Who invites, as the masthead and the footer name it. */
  institution: line,
  /** The host, and their role as it follows their name after a comma. */
  host: z.strictObject({ name: line, role: line }),
  /** The letter's signature, line by line. */
  signature: z.array(line).min(1),
  /** The place, line by line, as on an envelope (the building, the room, the address). */
  venue: z.array(line).min(1),
  /**
   * The city as the sentences, the time zone and the letter use it: a language may give the form
   * they need (Czech and Slovak the locative after "v": "Lucemburku").
   */
  city: line,
  /** The occasion the letter may name ({occasion}). */
  occasion: line.optional(),
  /** The confirmation's link to the calendar file, with the event's kind ("Add the {kind of event} …"). */
  addToCalendar: line,
  /**
   * Each category's label, by code: required in the language the organisers' pages use (English
   * where the event has it, else the original), optional in the others.
   */
  categories: z.record(categoryCodeSchema, line).optional(),
  /** The privacy statement's words that are the event's: the names, and why and what is collected. */
  privacy: z.strictObject({
    controller: line,
    processor: line,
    supervisor: line,
    purpose: template('title'),
    data: line,
  }),
  /**
   * The sentences of the product's pages that name the event's people, places and title: whole
   * here, so each language gives them the forms its grammar needs (an article that agrees, a case,
   * a preposition that contracts: "au …", "à la …") instead of one form put in
   * everywhere. Read them again when the title, host, institution, city or controller changes.
   */
  sentences: z.strictObject({
    /** The invitation page's description for search engines and link previews. */
    description: template('host', 'title', 'date', 'city'),
    /** The footer: who the invitation is from. */
    from: template('institution'),
    /** The reply page's first sentence. */
    intro: template('title', 'date'),
    /** The time zone beside every time ("{city} time, UTC+2"). */
    zone: template('city', 'offset'),
    /** The privacy statement's "Who is responsible". */
    controller: template('controller', 'mailbox'),
    /** The privacy statement's "Right to complain". */
    complaint: template('supervisor'),
  }),
  /** The reminder organisers send to a guest who has not replied (a mailto: draft). */
  reminder: z.strictObject({
    subject: template('title'),
    // Where to write back: the guest may answer the reminder to the mailbox, not only by the link.
    body: template('title', 'link', 'mailbox').refine(
      (body) => body.includes('\n'),
      'a letter of several lines',
    ),
  }),
});

/** An event: its facts and options, its id, and its words in each of its languages. */
export const eventSchema = eventFileShape
  .extend({
    id: eventIdSchema,
    texts: z.partialRecord(z.enum(locales), eventTextsSchema),
  })
  .superRefine(checkFacts);

export type Event = z.output<typeof eventSchema>;
export type EventTexts = z.output<typeof eventTextsSchema>;
export type EventOptions = z.output<typeof eventOptionsSchema>;
export type CategoryCode = z.output<typeof categoryCodeSchema>;

/**
 * The language an event's organisers' pages show its words in: English where the event has it
 * (the organisers' interface is English), else the original.
 */
export function organisersLanguage(event: Pick<Event, 'languages' | 'original'>): Locale {
  return event.languages.includes('en') ? 'en' : event.original;
}

/** The event's words in `lang`, or in its original language where it has none in `lang`. */
export function textsIn(event: Pick<Event, 'texts' | 'original'>, lang: Locale): EventTexts {
  const texts = event.texts[lang] ?? event.texts[event.original];
  if (!texts) throw new Error(`The event has no texts in its original language (${event.original})`);
  return texts;
}
