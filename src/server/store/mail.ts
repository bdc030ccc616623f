// Part of the store (src/server/store/store.ts): the mail that waits for the daily cron.
import { z } from 'zod';
import type { EventKeys } from './keys.ts';
import { LIST_PAGE } from './kv.ts';

/**
 * A notice to the mailbox that could not be sent: retried by the daily cron, `attempts` times so
 * far. Records written before attempts were counted have none (0), and an `origin` now unused.
 */
const pendingNoticeSchema = z.object({
  guestId: z.string().min(1),
  reference: z.string().min(1),
  attempts: z.int().min(0).default(0),
});
export type PendingNotice = z.infer<typeof pendingNoticeSchema>;

/** Daily runs that try a notice: after them it is "failed", kept for a retry by hand. */
export const MAX_ATTEMPTS = 5;

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
  const putNotice = (key: string, notice: PendingNotice) =>
    kv.put(key, JSON.stringify(notice), {
      expirationTtl: OUTBOX_TTL_SECONDS,
      metadata: { attempts: notice.attempts },
    });

  return {
    /** Keeps a notice that could not be sent, for the daily retry. */
    async putPendingNotice(at: Date, notice: Omit<PendingNotice, 'attempts'>): Promise<void> {
      await putNotice(keys.pendingNotice(at.toISOString(), notice.guestId), { ...notice, attempts: 0 });
    },

    /** One more attempt that failed, kept on the notice (and in its key's metadata, for counts). */
    async failedAttempt(key: string, notice: PendingNotice): Promise<void> {
      await putNotice(key, { ...notice, attempts: notice.attempts + 1 });
    },

    /** The notices waiting to be sent, oldest first, with their keys. */
    async pendingNotices(): Promise<{ key: string; notice: PendingNotice }[]> {
      const names = await keyNames(keys.outbox);
      const values = await getMany(names);
      return names.flatMap((key) => {
        const notice = pendingNoticeSchema.safeParse(values.get(key));
        return notice.success ? [{ key, notice: notice.data }] : [];
      });
    },

    /**
     * How many notices wait, and how many of them the daily run no longer tries (`failed`): from
     * the list's metadata, one list call per 1,000.
     */
    async countPendingNotices(): Promise<{ waiting: number; failed: number }> {
      const counts = { waiting: 0, failed: 0 };
      let cursor: string | undefined;
      do {
        const page: KVNamespaceListResult<{ attempts?: number }> = await kv.list({
          prefix: keys.outbox,
          cursor,
          limit: LIST_PAGE,
        });
        for (const { metadata } of page.keys) {
          counts.waiting++;
          if ((metadata?.attempts ?? 0) >= MAX_ATTEMPTS) counts.failed++;
        }
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      return counts;
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
