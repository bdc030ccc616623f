import type { Event } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import { mainKey, type PersonKey } from '#schemas/seating.ts';
import { diners } from '#server/admin/diners.ts';
import { inProtocolOrder } from '#server/protocol/order.ts';
import { attendingFingerprints } from './fingerprint.ts';

/** A person expected at the evening, as the seating plan, the cards and the door know them. */
export interface Attendee {
  key: PersonKey;
  guestId: string;
  /** The name on their place card: the reply's, else the guest list's or the delegate's own. */
  name: string;
  role: 'guest' | 'delegate' | 'companion';
  /** The guest list's name of the guest they attend for (themselves, the guest a delegate replaces, a companion's). */
  guest: string;
  /** Who they are, as the plan keeps it (fingerprint of their role and name). */
  who: string;
  /** The reply they come by (its reference). */
  reference: string;
  /** Their position: the guest list's, a delegate's own, a companion's if given. */
  position: string;
  country?: string;
  /** For a companion: the key of the person they come with. */
  with?: PersonKey;
}

/**
 * Everyone expected, in the order of precedence: each attending guest or the delegate in their
 * place, followed by their companions. Withdrawn invitations and regrets bring no one.
 */
export function attendees(
  event: Pick<Event, 'categories' | 'protocol' | 'start' | 'timeZone'>,
  guests: readonly Guest[],
  replies: ReadonlyMap<string, StoredReply>,
): Attendee[] {
  const standing = guests.filter(
    (guest) => !guest.withdrawn && replies.get(guest.id)?.attending !== undefined,
  );
  return inProtocolOrder(standing, (guest) => guest, event).flatMap((guest) => {
    const reply = replies.get(guest.id);
    if (!reply) return [];
    const who = attendingFingerprints(reply);
    return diners(reply, guest.name).map((diner, index): Attendee => ({
      key: diner.key,
      guestId: guest.id,
      name: diner.person,
      role: diner.role,
      guest: guest.name,
      reference: reply.reference,
      position: diner.role === 'guest' ? guest.position : (diner.position ?? ''),
      who: who[index] ?? '',
      ...(guest.country ? { country: guest.country } : {}),
      ...(diner.role === 'companion' ? { with: mainKey(guest.id) } : {}),
    }));
  });
}
