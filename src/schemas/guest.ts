import { z } from 'zod';
import { locales } from '#i18n/locales.ts';
import { audienceCategories } from './event.ts';
import { limits, text } from './text.ts';

/** Opaque guest ids: never a name or an e-mail address. */
export const guestIdSchema = z.string().regex(/^[a-z0-9]{6,32}$/, 'invalid_guest_id');

/** A guest as stored under `guest:{id}`. */
export const guestSchema = z.strictObject({
  id: guestIdSchema,
  name: text(limits.name, { required: true }),
  position: text(limits.name),
  organisation: text(limits.name),
  email: z.union([z.literal(''), z.email().max(254)]),
  language: z.enum(locales),
  category: z.enum(audienceCategories),
  /** How many companions the guest may bring (0 unless the guest list says otherwise). */
  companions: z.int().min(0).max(10),
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

/** One row of the guest list CSV: every cell a string; empty id, category and companions allowed. */
export const guestCsvRowSchema = z.strictObject({
  id: z.union([z.literal(''), guestIdSchema]),
  name: text(limits.name, { required: true }),
  position: text(limits.name),
  organisation: text(limits.name),
  email: z
    .union([z.literal(''), z.email('invalid_email').max(254)])
    .transform((email) => email.toLowerCase()),
  language: z.enum(locales, 'invalid_choice'),
  category: z
    .union([z.literal(''), z.enum(audienceCategories, 'invalid_choice')])
    .transform((category) => category || 'other'),
  companions: z
    .string()
    .regex(/^\d{0,2}$/, 'invalid')
    .transform((count) => Number(count || 0))
    .pipe(z.int().max(10, 'too_many')),
});

export type GuestCsvRow = z.output<typeof guestCsvRowSchema>;

/**
 * The organisers' form to add or edit one guest: the CSV row's cells and rules, without the id
 * (given on creation, never edited).
 */
export const guestFormSchema = guestCsvRowSchema.omit({ id: true });

export type GuestForm = z.output<typeof guestFormSchema>;
