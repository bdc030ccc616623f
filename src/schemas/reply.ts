import { z } from 'zod';
import { locales } from '#i18n/locales.ts';
import type { EventOptions } from './event.ts';
import { guestIdSchema } from './guest.ts';
import { limits, text } from './text.ts';
import { dietaryFields, needs, settleNeeds, type DietaryField } from './needs.ts';

export {
  allergenCodes,
  dietaryCodes,
  legacyDietary,
  settleNeeds,
  type AllergenCode,
  type DietaryCode,
} from './needs.ts';

export const attendance = ['yes', 'no', 'delegate'] as const;
export const replySources = ['web', 'email', 'letter', 'phone', 'in_person'] as const;

const name = text(limits.name, { required: true, letter: true });

export const delegateSchema = z.preprocess(settleNeeds, z.strictObject({ name, position: name, ...needs }));
export const companionSchema = z.preprocess(
  settleNeeds,
  z.strictObject({ name, position: text(limits.name).optional(), ...needs }),
);

// The same parts as stored: read with the rules they were written under (text(), `stored`).
const storedName = text(limits.name, { required: true, stored: true });
const storedNotes = text(limits.notes, { multiline: true, stored: true });
const storedNeeds = { ...needs, dietaryNotes: storedNotes.optional(), accessibility: storedNotes.optional() };
const storedDelegate = z.preprocess(
  settleNeeds,
  z.strictObject({ name: storedName, position: storedName, ...storedNeeds }),
);
const storedCompanion = z.preprocess(
  settleNeeds,
  z.strictObject({
    name: storedName,
    position: text(limits.name, { stored: true }).optional(),
    ...storedNeeds,
  }),
);

export const submissionIdSchema = z.string().regex(/^[A-Za-z0-9._-]{8,64}$/, 'invalid_submission_id');

/** The body of `POST /api/rsvp` (JSON, or the form's fields with the same names). */
export const rsvpBodySchema = z
  .preprocess(
    settleNeeds,
    z.strictObject({
      attending: z.enum(attendance),
      delegate: delegateSchema.optional(),
      companions: z.array(companionSchema).max(10).optional(),
      ...needs,
      placeCardName: text(limits.name, { letter: true }).optional(),
      respondent: z
        .strictObject({
          name,
          email: z.email().max(254).optional(),
          phone: z
            .string()
            // No-break spaces count as spaces: the example the error gives is written with them.
            .transform((value) => value.replace(/[\u00A0\u2007\u202F]/g, ' '))
            .pipe(z.string().regex(/^\+?[0-9 ()./-]{4,32}$/, 'invalid_phone'))
            .optional(),
        })
        .optional(),
      comment: text(limits.comment, { multiline: true }).optional(),
      lang: z.enum(locales).optional(),
      submissionId: submissionIdSchema.optional(),
    }),
  )
  .superRefine(
    (body, ctx) => {
      if (body.attending === 'delegate' && !body.delegate) {
        // The fields that need input, so each error stands beside its own field.
        ctx.addIssue({ code: 'custom', path: ['delegate', 'name'], message: 'required' });
        ctx.addIssue({ code: 'custom', path: ['delegate', 'position'], message: 'required' });
      }
      if (body.attending !== 'delegate' && body.delegate) {
        ctx.addIssue({ code: 'custom', path: ['delegate'], message: 'only_with_delegate' });
      }
      if (body.attending === 'no' && Array.isArray(body.companions) && body.companions.length) {
        ctx.addIssue({ code: 'custom', path: ['companions'], message: 'only_when_attending' });
      }
    },
    {
      // Also when another field is wrong (zod would skip this), so that one refusal names every
      // problem at once instead of revealing the delegate's fields on the second attempt.
      when: ({ value }) =>
        typeof value === 'object' &&
        value !== null &&
        (attendance as readonly unknown[]).includes((value as { attending?: unknown }).attending),
    },
  );

export type RsvpBody = z.output<typeof rsvpBodySchema>;

/** The options of an event that decide which parts of a reply it takes. */
type ReplyOptions = Pick<EventOptions, 'delegates' | 'companions' | 'dietary' | 'access' | 'placeCards'>;

/**
 * The body of a reply to an event with `options`: the reply's rules, and no part the event does
 * not ask for (a delegate where delegates are not allowed is not a choice; a dietary requirement
 * where none is asked is not a field of its form).
 */
export function rsvpBodySchemaFor(options: ReplyOptions) {
  // Built once per event's options: a refined copy of the body's schema is costly to make (#27).
  let schema = bodySchemas.get(options);
  if (!schema) {
    schema = refinedFor(options);
    bodySchemas.set(options, schema);
  }
  return schema;
}
const bodySchemas = new WeakMap<ReplyOptions, ReturnType<typeof refinedFor>>();

function refinedFor(options: ReplyOptions) {
  return rsvpBodySchema.superRefine((body, ctx) => {
    const refuse = (path: (string | number)[], message = 'unknown_field') =>
      ctx.addIssue({ code: 'custom', path, message });
    if (!options.delegates && body.attending === 'delegate') refuse(['attending'], 'invalid_choice');
    if (!options.placeCards && body.placeCardName !== undefined) refuse(['placeCardName']);
    if (!options.companions && body.companions?.length) refuse(['companions'], 'companions_not_allowed');
    const people: [(string | number)[], Partial<Record<DietaryField | 'accessibility', unknown>>][] = [
      [[], body],
      [['delegate'], body.delegate ?? {}],
      ...(body.companions ?? []).map((companion, index): [(string | number)[], typeof companion] => [
        ['companions', index],
        companion,
      ]),
    ];
    for (const [path, person] of people) {
      if (!options.dietary)
        for (const field of dietaryFields) if (person[field] !== undefined) refuse([...path, field]);
      if (!options.access && person.accessibility !== undefined) refuse([...path, 'accessibility']);
    }
  });
}

/**
 * The parts of the reply form that apply to each answer. With JavaScript the form shows only
 * these (`data-when`); without it every part is on the page, so a form's fields for parts that do
 * not apply (a delegate after choosing "yes", companions after "no") are ignored, not refused.
 */
export const formPartsFor = {
  placeCardName: ['yes', 'delegate'],
  delegate: ['delegate'],
  needs: ['yes'],
  companions: ['yes', 'delegate'],
} as const satisfies Record<string, readonly (typeof attendance)[number][]>;

const partFields: Record<keyof typeof formPartsFor, readonly string[]> = {
  placeCardName: ['placeCardName'],
  delegate: ['delegate'],
  needs: ['dietary', 'allergens', 'severeAllergens', 'dietaryNotes', 'accessibility'],
  companions: ['companions'],
};

/**
 * A reply's data without the parts that do not apply to its answer: a form's fields for them (an
 * unknown answer keeps everything, for validation to name), and a parsed body's (no place card with
 * a regret, no needs of the guest's own unless they attend themselves).
 * @example applicableFormParts({ attending: 'no', companions: [{ name: 'A' }] }) // { attending: 'no' }
 */
export function applicableFormParts<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(
    Object.entries(data).filter(([field]) => appliesToAnswer(field, data.attending)),
  ) as T;
}

/**
 * Whether a field (as a form names it: `delegate.name`, `companions.0.name`) belongs to a part
 * that applies to `answer`; any field does when the answer is none of ours.
 */
export function appliesToAnswer(field: string, answer: unknown): boolean {
  if (!attendance.includes(answer as Attendance)) return true;
  const top = field.split('.')[0] ?? field;
  return (Object.keys(formPartsFor) as (keyof typeof formPartsFor)[]).every(
    (part) =>
      !partFields[part].includes(top) ||
      (formPartsFor[part] as readonly Attendance[]).includes(answer as Attendance),
  );
}

/** A reply as stored under `reply:{id}` and, for each version, `history:{id}:{timestamp}:{reference}`. */
export const storedReplySchema = z.preprocess(
  settleNeeds,
  z.strictObject({
    guestId: guestIdSchema,
    attending: z.enum(attendance),
    delegate: storedDelegate.optional(),
    companions: z.array(storedCompanion),
    ...storedNeeds,
    placeCardName: z.string().optional(),
    respondent: z
      .strictObject({ name: z.string(), email: z.string().optional(), phone: z.string().optional() })
      .optional(),
    comment: z.string().optional(),
    lang: z.enum(locales).optional(),
    submissionId: z.string().optional(),
    /** A short code the guest can quote to the organisers. */
    reference: z.string().regex(/^[A-Z0-9-]{6,20}$/),
    updatedAt: z.iso.datetime(),
    source: z.enum(replySources),
    /** Who recorded it: the guest's respondent on the web, the organiser's name otherwise. */
    author: z.string().optional(),
    /** The organiser's note on a reply received outside the site. */
    note: z.string().optional(),
  }),
);

/** What an organiser adds when recording a reply received by e-mail, letter, phone or in person. */
export const organiserEntrySchema = z.strictObject({
  source: z.enum(
    replySources.filter((source) => source !== 'web') as ['email', 'letter', 'phone', 'in_person'],
  ),
  note: text(limits.notes, { multiline: true }).optional(),
});

export type StoredReply = z.output<typeof storedReplySchema>;
export type Attendance = (typeof attendance)[number];
