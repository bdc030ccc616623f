import { z } from 'zod';
import { limits, text } from './text.ts';

/**
 * The seating plan of an event (docs/design.md, "the evening"): its tables and who sits where. It
 * names people by key only (a guest's id, with the companion's place), never by name: a guest's
 * erasure leaves no name in the plan or its versions.
 */

export const tableShapes = ['round', 'long'] as const;
/** Seats one table may have: the longest table of a formal occasion, with room to spare. */
export const MAX_SEATS = 60;
/** Tables one plan may have. */
export const MAX_TABLES = 200;

/**
 * A person at the evening: `g:{guest id}` the guest or the delegate in their place (who is the
 * reply's to say), `c:{guest id}:{n}` the guest's n-th companion (0 first).
 */
export const personKeySchema = z.string().regex(/^(?:g:[a-z0-9]{6,32}|c:[a-z0-9]{6,32}:\d{1,2})$/);
export type PersonKey = z.output<typeof personKeySchema>;
export const mainKey = (guestId: string): PersonKey => `g:${guestId}`;
export const companionKey = (guestId: string, index: number): PersonKey => `c:${guestId}:${index}`;

export const tableSchema = z
  .strictObject({
    /** As the plan and the table card show it: a number or a name ("1", "Schuman"). */
    name: text(40, { required: true, stored: true }),
    shape: z.enum(tableShapes),
    seats: z.int().min(2).max(MAX_SEATS),
    /** The host's seat (1-based), kept for the host; the table's head where it has no host. */
    host: z.int().min(1).optional(),
    /** The co-host's seat, facing the host, kept for the co-host. */
    coHost: z.int().min(1).optional(),
    /** Who co-hosts, as the plan names them. */
    coHostName: text(limits.name, { stored: true }).optional(),
    /** Who hosts this table (a Director-General, an ambassador); absent: the event's host. */
    hostName: text(limits.name, { stored: true }).optional(),
  })
  .refine((table) => (table.host ?? 1) <= table.seats && (table.coHost ?? 1) <= table.seats, {
    path: ['host'],
    message: 'seat_out_of_range',
  })
  .refine((table) => table.host === undefined || table.host !== table.coHost, {
    path: ['coHost'],
    message: 'same_seat',
  });
export type Table = z.output<typeof tableSchema>;

/** A seat: its table (0-based, in the plan's order) and its number at that table (1-based). */
export const seatSchema = z.strictObject({ table: z.int().min(0), seat: z.int().min(1) });
export type Seat = z.output<typeof seatSchema>;

/**
 * Who a seat was given to: a fingerprint of the person as the reply named them then (their role
 * and name, hashed: no name is kept), so that a person changed since (a delegate instead of the
 * minister, another companion) is marked on the plan, never silently followed.
 */
const placedSchema = seatSchema.extend({
  who: z.string().regex(/^[0-9a-f]{8}$/),
  /** The reply's reference then: the dashboard counts seated guests whose reply changed since. */
  reference: z.string().max(40),
});

/** The plan as stored under `seating`, each version also under `seating-history:`. */
export const seatingPlanSchema = z.strictObject({
  tables: z.array(tableSchema).max(MAX_TABLES),
  seats: z.record(personKeySchema, placedSchema),
  /** 0 for an event without a plan; each saved change adds one. */
  version: z.int().min(0),
  updatedAt: z.iso.datetime().optional(),
  /** The organiser who made the change. */
  updatedBy: z.string().max(200).optional(),
  /** What the change was, for the plan's history. */
  change: z.enum(['tables', 'proposed', 'moved', 'swapped', 'unseated', 'cleared']).optional(),
});
export type SeatingPlan = z.output<typeof seatingPlanSchema>;

export const emptyPlan = (): SeatingPlan => ({ tables: [], seats: {}, version: 0 });

/** The seating page's form to add a table: every cell as sent. */
export const tableFormSchema = z.strictObject({
  name: text(40, { required: true }),
  shape: z.enum(tableShapes, 'invalid_choice'),
  seats: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'invalid')
    .transform(Number)
    .pipe(z.int().min(2, 'invalid').max(MAX_SEATS, 'invalid')),
  host: z
    .string()
    .trim()
    .regex(/^\d{0,2}$/, 'invalid')
    .transform((seat) => (seat ? Number(seat) : undefined)),
  coHost: z
    .string()
    .trim()
    .regex(/^\d{0,2}$/, 'invalid')
    .transform((seat) => (seat ? Number(seat) : undefined)),
  coHostName: text(limits.name),
  hostName: text(limits.name),
});
