import type { EventOptions } from '#schemas/event.ts';
import { applicableFormParts, rsvpBodySchemaFor, type RsvpBody, type StoredReply } from '#schemas/reply.ts';
import { parseFormBody, parseJsonBody, type FormValues } from '#server/http/body.ts';
import { newReference } from '#server/ids.ts';

/**
 * A reply's body read against the event's options: JSON as it is, a form without the parts that
 * do not apply to its answer (a form without JavaScript still carries them).
 */
export function readReplyBody(text: string, kind: 'json' | 'form', options: EventOptions) {
  const data = kind === 'json' ? parseJsonBody(text) : applicableFormParts(parseFormBody(text).data);
  return rsvpBodySchemaFor(options).safeParse(data);
}

/**
 * The reply a valid body makes, as it would be stored: only the parts its answer asks for (a JSON
 * body may carry a place card with a regret), a new reference, the time given.
 */
export function replyFromBody(body: RsvpBody, guestId: string, now: Date): StoredReply {
  return {
    ...applicableFormParts(body),
    guestId,
    companions: body.attending === 'no' ? [] : (body.companions ?? []),
    reference: newReference(),
    updatedAt: now.toISOString(),
    source: 'web',
    ...(body.respondent ? { author: body.respondent.name } : {}),
  };
}

/**
 * The place-card name belongs to whoever attends: carried unchanged from a reply in which someone
 * else attended (the minister's own name, still in the form, after the answer became "a delegate";
 * another delegate), it is dropped, and the card gives the person now attending (#23: a deputy's
 * card must never bear the minister's name).
 */
export function placeCardOfWhoAttends<
  T extends Pick<StoredReply, 'attending' | 'delegate' | 'placeCardName'>,
>(candidate: T, current: Pick<StoredReply, 'attending' | 'delegate' | 'placeCardName'> | null): T {
  if (!current || candidate.placeCardName === undefined || candidate.placeCardName !== current.placeCardName)
    return candidate;
  const who = (reply: Pick<StoredReply, 'attending' | 'delegate'>) =>
    reply.attending === 'delegate' ? `delegate:${reply.delegate?.name ?? ''}` : 'guest';
  if (who(candidate) === who(current)) return candidate;
  const { placeCardName: _previous, ...rest } = candidate;
  return rest as T;
}

/**
 * A stored reply as form values (the names the form posts), to pre-fill the form when a guest
 * changes their reply.
 * @example replyToFormValues(reply)['delegate.name']
 */
export function replyToFormValues(reply: StoredReply): FormValues {
  const values: FormValues = {};
  const put = (name: string, value: string | string[] | undefined) => {
    if (value !== undefined && value.length) values[name] = value;
  };
  put('attending', reply.attending);
  put('dietary', reply.dietary);
  put('allergens', reply.allergens);
  put('severeAllergens', reply.severeAllergens);
  put('dietaryNotes', reply.dietaryNotes);
  put('accessibility', reply.accessibility);
  put('placeCardName', reply.placeCardName);
  put('comment', reply.comment);
  if (reply.delegate) {
    put('delegate.name', reply.delegate.name);
    put('delegate.position', reply.delegate.position);
    put('delegate.dietary', reply.delegate.dietary);
    put('delegate.allergens', reply.delegate.allergens);
    put('delegate.severeAllergens', reply.delegate.severeAllergens);
    put('delegate.dietaryNotes', reply.delegate.dietaryNotes);
    put('delegate.accessibility', reply.delegate.accessibility);
  }
  reply.companions.forEach((companion, index) => {
    put(`companions.${index}.name`, companion.name);
    put(`companions.${index}.position`, companion.position);
    put(`companions.${index}.dietary`, companion.dietary);
    put(`companions.${index}.allergens`, companion.allergens);
    put(`companions.${index}.severeAllergens`, companion.severeAllergens);
    put(`companions.${index}.dietaryNotes`, companion.dietaryNotes);
    put(`companions.${index}.accessibility`, companion.accessibility);
  });
  if (reply.respondent) {
    put('respondent.name', reply.respondent.name);
    put('respondent.email', reply.respondent.email);
    put('respondent.phone', reply.respondent.phone);
  }
  return values;
}

/** The fields that make a reply's answer; the rest (reference, time, source, ids) describe a version. */
function answerOf(reply: StoredReply): string {
  const {
    guestId: _guestId,
    reference: _reference,
    updatedAt: _updatedAt,
    submissionId: _submissionId,
    source: _source,
    author: _author,
    note: _note,
    ...answer
  } = reply;
  return canonicalJson(answer);
}

/** JSON with object keys sorted, so two equal values give the same text whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Whether `candidate` says exactly what `current` says (another version would only repeat it). */
export function sameAnswer(current: StoredReply, candidate: StoredReply): boolean {
  return answerOf(current) === answerOf(candidate);
}

/**
 * The reply as clients see it, built from an explicit list (docs/design.md's fields plus reference,
 * updatedAt and source) so that nothing added to the stored reply later, like the organisers'
 * note and author, can reach the guest by default.
 */
export function publicReply(reply: StoredReply) {
  return {
    attending: reply.attending,
    delegate: reply.delegate,
    companions: reply.companions,
    dietary: reply.dietary,
    allergens: reply.allergens,
    severeAllergens: reply.severeAllergens,
    dietaryNotes: reply.dietaryNotes,
    accessibility: reply.accessibility,
    placeCardName: reply.placeCardName,
    respondent: reply.respondent,
    comment: reply.comment,
    lang: reply.lang,
    submissionId: reply.submissionId,
    reference: reply.reference,
    updatedAt: reply.updatedAt,
    source: reply.source,
  } satisfies Omit<StoredReply, 'guestId' | 'author' | 'note'>;
}
