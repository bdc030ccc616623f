import type { DietaryCode, StoredReply } from '#schemas/reply.ts';

export interface Diner {
  guestId: string;
  guest: string;
  /** The person at the table: the guest, their delegate or a companion. */
  person: string;
  role: 'guest' | 'delegate' | 'companion';
  /** A delegate's or companion's position as the reply gives it. */
  position?: string;
  dietary: DietaryCode[];
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
  ].map((person) => ({
    guestId: person.guestId,
    guest: person.guest,
    person: person.person,
    role: person.role,
    ...('position' in person && person.position ? { position: person.position } : {}),
    dietary: person.dietary ?? [],
    ...(person.dietaryNotes ? { dietaryNotes: person.dietaryNotes } : {}),
    ...(person.accessibility ? { accessibility: person.accessibility } : {}),
  }));
}
