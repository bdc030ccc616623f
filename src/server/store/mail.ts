// Part of the store (src/server/store/store.ts): the mail that waits for the daily cron.
import type { EventKeys } from './keys.ts';

/** A notice to the mailbox that could not be sent: retried by the daily cron. */
export interface PendingNotice {
  guestId: string;
  reference: string;
  /** The site's origin as the reply's request saw it, for the link to the guest's page. */
  origin: string;
}

/** Pending notices are given up after 30 days (the dashboard shows them until then). */
const OUTBOX_TTL_SECONDS = 30 * 24 * 60 * 60;

/** Pending notices (`outbox:{time}:{guest id}`) and the time of the last digest (`digest:last`). */
export function mailStore(
  kv: KVNamespace,
  keys: EventKeys,
  {
    keyNames,
    getMany,
  }: {
    keyNames: (prefix: string) => Promise<string[]>;
    getMany: (names: string[]) => Promise<Map<string, unknown>>;
  },
) {
  return {
    /** Keeps a notice that could not be sent, for the daily retry. */
    async putPendingNotice(at: Date, notice: PendingNotice): Promise<void> {
      const key = keys.pendingNotice(at.toISOString(), notice.guestId);
      await kv.put(key, JSON.stringify(notice), { expirationTtl: OUTBOX_TTL_SECONDS });
    },

    /** The notices waiting to be sent, oldest first, with their keys. */
    async pendingNotices(): Promise<{ key: string; notice: PendingNotice }[]> {
      const names = await keyNames(keys.outbox);
      const values = await getMany(names);
      return names.flatMap((key) => {
        const notice = values.get(key) as PendingNotice | undefined;
        return notice ? [{ key, notice }] : [];
      });
    },

    /** How many notices are waiting (one list page per 1,000). */
    async countPendingNotices(): Promise<number> {
      return (await keyNames(keys.outbox)).length;
    },

    async deletePendingNotice(key: string): Promise<void> {
      await kv.delete(key);
    },

    /** When the last daily digest went to the mailbox (ISO), or null. */
    async lastDigest(): Promise<string | null> {
      return kv.get(keys.lastDigest);
    },

    async putLastDigest(at: Date): Promise<void> {
      await kv.put(keys.lastDigest, at.toISOString());
    },
  };
}
