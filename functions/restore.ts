import type { Backup } from '../src/schemas/backup.ts';
import type { Store } from './store.ts';

export interface RestoreResult {
  guests: number;
  versions: number;
  replies: number;
}

/**
 * Puts back what a backup has and the store lacks, never replacing anything newer: guests that are
 * missing, versions missing from a guest's history, and the current reply where the store has none
 * or an older one. Versions are written before current replies, as the RSVP function does, so a
 * restore cut short leaves nothing current without its history. Running it twice changes nothing.
 */
export async function restoreBackup(store: Store, backup: Backup): Promise<RestoreResult> {
  // What the store holds, from list pages alone (ids, version keys, current replies' dates).
  const [guests, versions, replies] = await Promise.all([
    store.allGuestSummaries(),
    store.allVersionIds(),
    store.allReplySummaries(),
  ]);
  const present = new Set(guests.map((item) => item.id));
  const currentAt = new Map(replies.map((item) => [item.id, item.summary.u]));
  const result: RestoreResult = { guests: 0, versions: 0, replies: 0 };
  for (const guest of backup.guests) {
    if (present.has(guest.id)) continue;
    await store.putGuest(guest);
    result.guests++;
  }
  for (const version of [...backup.history, ...backup.replies]) {
    const id = `${version.guestId}:${version.updatedAt}:${version.reference}`;
    // A version stored before history keys carried the reference is known by its time alone.
    if (versions.has(id) || versions.has(`${version.guestId}:${version.updatedAt}`)) continue;
    await store.putHistoryVersion(version);
    versions.add(id);
    result.versions++;
  }
  for (const reply of backup.replies) {
    const current = currentAt.get(reply.guestId);
    if (current !== undefined && current >= reply.updatedAt) continue;
    const prefix = `${reply.guestId}:`;
    await store.putCurrentReply(reply, [...versions].filter((id) => id.startsWith(prefix)).length);
    result.replies++;
  }
  return result;
}
