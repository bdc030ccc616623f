import { z } from 'zod';
import { locales, type Locale } from '#i18n/locales.ts';
import { countryCellSchema, storedCountrySchema } from './country.ts';
import { categoryCodeSchema, type Event } from './event.ts';
import { limits, text } from './text.ts';

/** Opaque guest ids: never a name or an e-mail address. */
export const guestIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/, 'invalid_guest_id');

/** The highest explicit place in the order of precedence. */
export const PRECEDENCE_MAX = 99_999;

/** A guest as stored under `guest:{id}`. */
export const guestSchema = z.strictObject({
  id: guestIdSchema,
  // A record already kept: read with the rules it was written under (the forms and the CSV check
  // what is sent, guestCsvRowSchema).
  name: text(limits.name, { required: true, stored: true }),
  position: text(limits.name, { stored: true }),
  organisation: text(limits.name, { stored: true }),
  email: z.union([z.literal(''), z.email().max(254)]),
  language: z.enum(locales),
  category: categoryCodeSchema,
  /** How many companions the guest may bring (0 unless the guest list says otherwise). */
  companions: z.int().min(0).max(10),
  /** The country the guest represents (a minister, a delegation), for the protocol order. */
  country: storedCountrySchema.optional(),
  /** The guest's place in the order of precedence (1 first), where the computed one will not do. */
  precedence: z.int().min(1).max(PRECEDENCE_MAX).optional(),
  /** Bumped to revoke the guest's personal link. */
  linkVersion: z.int().min(1),
  /**
   * Set when the organisers withdraw the invitation (a minister leaves office, say): the link stops
   * working and the guest leaves the counts, but the record, reply and history are kept, and the
   * invitation can be reinstated.
   */
  withdrawn: z.strictObject({ at: z.iso.datetime(), by: z.string().min(1).max(200) }).optional(),
});

export type Guest = z.output<typeof guestSchema>;

/** The columns of the guest list CSV, in order (docs/design.md, "Guest CLI"). */
export const guestCsvColumns = [
  'id',
  'name',
  'position',
  'organisation',
  'email',
  'language',
  'category',
  'companions',
] as const;

/**
 * Columns a guest list may add after those, in any order (docs/design.md, "Guest CLI"): a file
 * without one leaves that detail of the guests it updates as it was.
 */
export const guestCsvOptionalColumns = ['country', 'precedence'] as const;
export type OptionalColumn = (typeof guestCsvOptionalColumns)[number];

/**
 * One row of an event's guest list CSV: every cell a string; empty id, category and companions
 * allowed. The language must be one of the event's, the category one of its categories (empty:
 * its last, the catch-all), the companions within the event's option (empty: its default).
 */
export function guestCsvRowSchema(event: Pick<Event, 'languages' | 'categories' | 'options'>) {
  const { companions, defaultCompanions } = event.options;
  return z.strictObject({
    id: z.union([z.literal(''), guestIdSchema]),
    name: text(limits.name, { required: true, letter: true }),
    position: text(limits.name),
    organisation: text(limits.name),
    email: z
      .union([z.literal(''), z.email('invalid_email').max(254)])
      .transform((email) => email.toLowerCase()),
    language: z.enum(event.languages as [Locale, ...Locale[]], 'invalid_choice'),
    // One enum with '' (a union would hide the enum's message behind a generic `invalid`).
    category: z
      .enum(['', ...event.categories], 'invalid_choice')
      .transform((category) => category || (event.categories.at(-1) as string)),
    companions: z
      .string()
      .regex(/^\d{0,2}$/, 'invalid')
      .transform((count) => (count === '' ? defaultCompanions : Number(count)))
      .pipe(z.int().max(companions ? 10 : 0, companions ? 'too_many' : 'companions_not_allowed')),
    // Optional columns (an absent one reads as empty).
    country: countryCellSchema.optional(),
    precedence: z
      .string()
      .trim()
      .regex(/^(?:[1-9]\d{0,4})?$/, 'invalid')
      .transform((place) => (place === '' ? undefined : Number(place)))
      .optional(),
  });
}

export type GuestCsvRow = z.output<ReturnType<typeof guestCsvRowSchema>>;

/**
 * The organisers' form to add or edit one guest of `event`: the CSV row's cells and rules, without
 * the id (given on creation, never edited).
 */
export const guestFormSchema = (event: Pick<Event, 'languages' | 'categories' | 'options'>) =>
  guestCsvRowSchema(event).omit({ id: true });

export type GuestForm = z.output<ReturnType<typeof guestFormSchema>>;
