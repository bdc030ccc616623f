import type { Backup } from '../src/schemas/backup.ts';
import type { StoredReply } from '../src/schemas/reply.ts';
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
  const result: RestoreResult = { guests: 0, versions: 0, replies: 0 };
  for (const guest of backup.guests) {
    if (await store.getGuest(guest.id)) continue;
    await store.putGuest(guest);
    result.guests++;
  }
  const versionsOf = new Map<string, StoredReply[]>();
  for (const version of [...backup.history, ...backup.replies]) {
    versionsOf.set(version.guestId, [...(versionsOf.get(version.guestId) ?? []), version]);
  }
  for (const [guestId, versions] of versionsOf) {
    const kept = new Set((await store.getHistory(guestId)).map((version) => version.updatedAt));
    for (const version of versions) {
      if (kept.has(version.updatedAt)) continue;
      await store.putHistoryVersion(version);
      kept.add(version.updatedAt);
      result.versions++;
    }
  }
  for (const reply of backup.replies) {
    const current = await store.getReply(reply.guestId);
    if (current && current.updatedAt >= reply.updatedAt) continue;
    await store.putCurrentReply(reply);
    result.replies++;
  }
  return result;
}
