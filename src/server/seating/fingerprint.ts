import type { StoredReply } from '#schemas/reply.ts';

/** FNV-1a, 32 bits, as 8 hex digits: a change detector, not a secret. */
export function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(value)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Who a reply brings, as the seating plan tells people apart: the guest or their delegate, then
 * each companion, each a fingerprint of their role and the name the reply gives them (the guest's
 * own by their place-card name only: a guest list's spelling corrected is the same person). None
 * for a regret. Kept in the reply's list metadata too, so the dashboard sees what the plan sees.
 */
export function attendingFingerprints(
  reply: Pick<StoredReply, 'attending' | 'delegate' | 'placeCardName' | 'companions'>,
): string[] {
  if (reply.attending === 'no') return [];
  const main =
    reply.attending === 'delegate'
      ? `delegate\n${reply.placeCardName ?? reply.delegate?.name ?? ''}`
      : `guest\n${reply.placeCardName ?? ''}`;
  return [main, ...reply.companions.map((companion) => `companion\n${companion.name}`)].map(fingerprint);
}
