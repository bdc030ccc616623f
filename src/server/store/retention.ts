// Part of the store (src/server/store/store.ts): what KV keeps of a guest, and for how long; erasure and
// the purge of what it would not delete by itself.
import type { EventKeys } from './keys.ts';
import { ERASE_CHUNK, LIST_PAGE } from './kv.ts';

export function retentionStore(kv: KVNamespace, keys: EventKeys) {
  return {
    /** When KV will delete the guest's data (seconds since the epoch), or null without an expiration. */
    async guestExpiration(id: string): Promise<number | null> {
      const { keys: found } = await kv.list({ prefix: keys.guest(id), limit: 1 });
      return found[0]?.name === keys.guest(id) ? (found[0].expiration ?? null) : null;
    },

    /**
     * Erases the keys of one guest, history first, then the current reply, then the guest record,
     * at most `chunk` history keys per call so that one request stays within its KV operations.
     * Returns whether all is gone; when not, calling again resumes where it stopped (the guest
     * record goes last, so the guest's page stays reachable until the end).
     */
    async eraseGuest(id: string, chunk = ERASE_CHUNK): Promise<{ done: boolean }> {
      const page = await kv.list({ prefix: keys.historyOf(id), limit: chunk });
      await Promise.all(page.keys.map((key) => kv.delete(key.name)));
      if (!page.list_complete) return { done: false };
      await kv.delete(keys.reply(id));
      await kv.delete(keys.guest(id));
      return { done: true };
    },

    /**
     * Deletes personal keys that KV would not delete by itself: any without an expiration, or
     * whose expiration has passed (KV removes those lazily). Returns how many were deleted.
     */
    async purgeExpired(now: Date): Promise<number> {
      let deleted = 0;
      for (const prefix of [keys.guests, keys.replies, keys.history, keys.seating, keys.arrivalsAll]) {
        let cursor: string | undefined;
        do {
          const page = await kv.list({ prefix, cursor, limit: LIST_PAGE });
          const stale = page.keys.filter((key) => !key.expiration || key.expiration * 1000 <= now.getTime());
          await Promise.all(stale.map((key) => kv.delete(key.name)));
          deleted += stale.length;
          cursor = page.list_complete ? undefined : page.cursor;
        } while (cursor);
      }
      return deleted;
    },
  };
}
