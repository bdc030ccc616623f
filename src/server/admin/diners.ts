import type { AllergenCode, DietaryCode, StoredReply } from '#schemas/reply.ts';
import { companionKey, mainKey, type PersonKey } from '#schemas/seating.ts';

export interface Diner {
  /** Who they are on the seating plan and the door list. */
  key: PersonKey;
  guestId: string;
  guest: string;
  /** The person at the table: the guest, their delegate or a companion. */
  person: string;
  role: 'guest' | 'delegate' | 'companion';
  /** A delegate's or companion's position as the reply gives it. */
  position?: string;
  dietary: DietaryCode[];
  /** Their food allergies (Annex II), and of them the severe ones. */
  allergens: AllergenCode[];
  severeAllergens: AllergenCode[];
  dietaryNotes?: string;
  accessibility?: string;
}

/**
 * Everyone a reply brings to the table (none for a regret), each with their needs, by the name on
 * their place card: the one the reply gives for the guest or their delegate, else the guest list's or
 * the delegate's own.
 */
export function diners(reply: StoredReply, guestName: string): Diner[] {
  if (reply.attending === 'no') return [];
  const base = { guestId: reply.guestId, guest: guestName };
  const main =
    reply.attending === 'delegate' && reply.delegate
      ? {
          ...base,
          ...reply.delegate,
          person: reply.placeCardName ?? reply.delegate.name,
          role: 'delegate' as const,
        }
      : { ...base, ...reply, person: reply.placeCardName ?? guestName, role: 'guest' as const };
  return [
    main,
    ...reply.companions.map((companion) => ({
      ...base,
      ...companion,
      person: companion.name,
      role: 'companion' as const,
    })),
  ].map((person, index) => ({
    key: index === 0 ? mainKey(person.guestId) : companionKey(person.guestId, index - 1),
    guestId: person.guestId,
    guest: person.guest,
    person: person.person,
    role: person.role,
    ...('position' in person && person.position ? { position: person.position } : {}),
    dietary: person.dietary ?? [],
    allergens: person.allergens ?? [],
    severeAllergens: person.severeAllergens ?? [],
    ...(person.dietaryNotes ? { dietaryNotes: person.dietaryNotes } : {}),
    ...(person.accessibility ? { accessibility: person.accessibility } : {}),
  }));
}

/** Whether the kitchen cooks for this person apart: a dietary requirement, a food allergy or notes. */
export const eatsSpecially = (diner: Pick<Diner, 'dietary' | 'allergens' | 'dietaryNotes'>): boolean =>
  diner.dietary.length > 0 || diner.allergens.length > 0 || Boolean(diner.dietaryNotes);
