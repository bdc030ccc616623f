import type { Backup } from '#schemas/backup.ts';
import { guestIdSchema } from '#schemas/guest.ts';
import { versionId } from '#server/store/keys.ts';
import type { Store } from '#server/store/store.ts';

/** A backup that cannot be restored as it is: nothing was written. */
export class BackupRefused extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `the backup was refused, nothing restored:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/**
 * What makes a backup untrustworthy, checked before anything is written: another event's backup,
 * a version whose guest id is not an id (`id:zz` would land in another guest's history), a reply
 * whose guest is neither in the backup nor in the store (an orphan), and a version dated after
 * `now` (it would override every real change until then).
 */
function backupProblems(eventId: string, backup: Backup, present: Set<string>, now: Date): string[] {
  const problems: string[] = [];
  if (backup.event !== eventId)
    problems.push(`it is the backup of event "${backup.event}", not "${eventId}"`);
  const guests = new Set([...present, ...backup.guests.map((guest) => guest.id)]);
  for (const [list, versions] of [
    ['replies', backup.replies],
    ['history', backup.history],
  ] as const) {
    versions.forEach((version, index) => {
      const where = `${list}[${index}]`;
      if (!guestIdSchema.safeParse(version.guestId).success) {
        problems.push(`${where}: "${version.guestId}" is not a guest id`);
      } else if (!guests.has(version.guestId)) {
        problems.push(`${where}: guest ${version.guestId} is neither in the backup nor in the store`);
      }
      if (Date.parse(version.updatedAt) > now.getTime()) {
        problems.push(`${where}: dated ${version.updatedAt}, after the time of the restore`);
      }
    });
  }
  return problems;
}

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
 * A backup with any problem (see `backupProblems`) is refused whole: BackupRefused, nothing written.
 */
export async function restoreBackup(store: Store, backup: Backup, now = new Date()): Promise<RestoreResult> {
  // What the store holds, from list pages alone (ids, version keys, current replies' dates).
  const [guests, versions, replies] = await Promise.all([
    store.allGuestSummaries(),
    store.allVersionIds(),
    store.allReplySummaries(),
  ]);
  const present = new Set(guests.map((item) => item.id));
  const problems = backupProblems(store.eventId, backup, present, now);
  if (problems.length) throw new BackupRefused(problems);
  const currentAt = new Map(replies.map((item) => [item.id, item.summary.u]));
  const result: RestoreResult = { guests: 0, versions: 0, replies: 0 };
  for (const guest of backup.guests) {
    if (present.has(guest.id)) continue;
    await store.putGuest(guest);
    result.guests++;
  }
  for (const version of [...backup.history, ...backup.replies]) {
    const id = versionId(version);
    if (versions.has(id)) continue;
    await store.putHistoryVersion(version);
    versions.add(id);
    result.versions++;
  }
  for (const reply of backup.replies) {
    const current = currentAt.get(reply.guestId);
    if (current !== undefined && current >= reply.updatedAt) continue;
    const own = [...versions].filter((id) => id.startsWith(`${reply.guestId}:`)).length;
    await store.putCurrentReply(reply, own);
    result.replies++;
  }
  return result;
}
