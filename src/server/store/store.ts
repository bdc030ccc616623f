import { guestSchema, type Guest } from '#schemas/guest.ts';
import { storedReplySchema, type StoredReply } from '#schemas/reply.ts';
import type { Event } from '#schemas/event.ts';
import { personalExpiration } from '#server/retention.ts';
import { eventKeys } from './keys.ts';
import { mailStore } from './mail.ts';
import { guestSummary, replySummary, type GuestSummary, type ReplySummary } from './metadata.ts';
import { LIST_PAGE, allPages, kvReads, type Listed, type Page } from './kv.ts';
import { retentionStore } from './retention.ts';
import { seatingStore } from './seating.ts';
import { arrivalStore } from './arrivals.ts';
import { sessionStore } from './sessions.ts';

export {
  METADATA_LIMIT_BYTES,
  guestSummary,
  neededCounts,
  replySummary,
  type GuestSummary,
  type ReplySummary,
} from './metadata.ts';
export { ERASE_CHUNK, type Listed, type Page } from './kv.ts';
export type { AdminSession, StoredSession } from './sessions.ts';
export type { PendingNotice } from './mail.ts';
export type { SeatingVersion } from './seating.ts';
export type { Arrival } from './arrivals.ts';

/**
 * The store, the only code that talks to the RSVPS namespace, with its parts: keys.ts (every key),
 * kv.ts (shared reads), retention.ts (expiry, erasure, purge), sessions.ts, mail.ts and
 * metadata.ts (docs/design.md, "Data"). Dashboards read `list()` pages and their metadata, never
 * one `get()` per guest.
 */

/** KV's answer to a second write to one key within a second (its limit is one write per second per key). */
function isRateLimited(error: unknown): boolean {
  return error instanceof Error && /\b429\b|too many requests/i.test(error.message);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The store over one KV namespace. `clock` gives the time used for expirations.
 * @example const store = createStore(env.RSVPS); await store.getGuest('k3x9q2m7');
 */
export function createStore(
  kv: KVNamespace,
  event: Pick<Event, 'id' | 'end' | 'retention'>,
  clock: () => Date = () => new Date(),
  { wait = sleep }: { wait?: (ms: number) => Promise<void> } = {},
) {
  const keys = eventKeys(event);
  const expiration = () => personalExpiration(clock(), event);
  const reads = kvReads(kv);
  const { getMany, keyNames, recordPages, listPage } = reads;

  /** Every reply version stored under `prefix`, in key order (oldest first per guest). */
  async function versionsUnder(prefix: string): Promise<StoredReply[]> {
    const names = await keyNames(prefix);
    const values = await getMany(names);
    return names.flatMap((name) => (values.has(name) ? [storedReplySchema.parse(values.get(name))] : []));
  }

  /**
   * The current reply and how many versions the guest's history holds, in one read (the count is
   * in the reply's metadata); for a reply stored before the count was kept, one list page counts.
   */
  async function getReplyState(guestId: string): Promise<{ reply: StoredReply | null; versions: number }> {
    const { value, metadata } = await kv.getWithMetadata<unknown, ReplySummary>(keys.reply(guestId), 'json');
    if (value === null) return { reply: null, versions: 0 };
    const reply = storedReplySchema.parse(value);
    if (typeof metadata?.h === 'number') return { reply, versions: metadata.h };
    const page = await kv.list({ prefix: keys.historyOf(guestId), limit: LIST_PAGE });
    return { reply, versions: page.keys.length };
  }

  return {
    /** The event whose keys this store reads and writes. */
    eventId: event.id,

    async getGuest(id: string): Promise<Guest | null> {
      const value = await kv.get(keys.guest(id), 'json');
      return value === null ? null : guestSchema.parse(value);
    },

    async putGuest(guest: Guest): Promise<void> {
      const record = guestSchema.parse(guest);
      await kv.put(keys.guest(record.id), JSON.stringify(record), {
        metadata: guestSummary(record),
        expiration: expiration(),
      });
    },

    /** Every guest with their summary, a page (one KV operation) per 1,000. */
    allGuestSummaries(): Promise<Listed<GuestSummary>[]> {
      return allPages((cursor) => listPage<GuestSummary>(keys.guests, cursor));
    },

    /**
     * Every guest record, for lists organisers download (never for the dashboard): a list page per
     * 1,000 guests and a bulk read per 100.
     */
    async allGuests(): Promise<Guest[]> {
      const items = await allPages((cursor) => listPage<GuestSummary>(keys.guests, cursor));
      const values = await getMany(items.map((item) => keys.guest(item.id)));
      return [...values.values()].map((value) => guestSchema.parse(value));
    },

    /** The current replies of these guests (those who have one), by guest id: a bulk read per 100. */
    async getReplies(guestIds: string[]): Promise<Map<string, StoredReply>> {
      const values = await getMany(guestIds.map(keys.reply));
      return new Map(
        [...values.values()].map((value) => {
          const reply = storedReplySchema.parse(value);
          return [reply.guestId, reply];
        }),
      );
    },

    /** Every guest record, a list page and its bulk reads at a time: for a backup read as it streams. */
    async *guestPages(): AsyncGenerator<Guest[]> {
      for await (const values of recordPages(keys.guests, true))
        yield values.map((value) => guestSchema.parse(value));
    },

    /** Every current reply, a list page and its bulk reads at a time. */
    async *replyPages(): AsyncGenerator<StoredReply[]> {
      for await (const values of recordPages(keys.replies, true))
        yield values.map((value) => storedReplySchema.parse(value));
    },

    /** Every version of every reply (oldest first per guest), a list page and its bulk reads at a time. */
    async *historyPages(): AsyncGenerator<StoredReply[]> {
      for await (const values of recordPages(keys.history))
        yield values.map((value) => storedReplySchema.parse(value));
    },

    /** The id (`versionId`) of every stored version, from list pages alone (for a restore). */
    async allVersionIds(): Promise<Set<string>> {
      return new Set((await keyNames(keys.history)).map((name) => name.slice(keys.history.length)));
    },

    /** Every current reply with its summary, a page (one KV operation) per 1,000. */
    allReplySummaries(): Promise<Listed<ReplySummary>[]> {
      return allPages((cursor) => listPage<ReplySummary>(keys.replies, cursor));
    },

    /** One page (up to 1,000) of guests with their summaries: one KV operation. */
    listGuests(cursor?: string): Promise<Page<GuestSummary>> {
      return listPage<GuestSummary>(keys.guests, cursor);
    },

    async hasGuests(): Promise<boolean> {
      const result = await kv.list({ prefix: keys.guests, limit: 1 });
      return result.keys.length > 0;
    },

    getReplyState,

    async getReply(guestId: string): Promise<StoredReply | null> {
      const value = await kv.get(keys.reply(guestId), 'json');
      return value === null ? null : storedReplySchema.parse(value);
    },

    /**
     * Records a new version: the history entry first, then the current reply, so no version is
     * ever replaced without its predecessor kept. Two writes; the caller builds any confirmation
     * from `reply` itself (KV may lag), never by reading it back.
     *
     * KV takes one write per second per key: two changes within a second each have their own
     * history key, and the current reply's write is retried after a second, unless by then a
     * later version is current (the earlier one then stays in history only).
     */
    async saveReply(reply: StoredReply, versionsBefore?: number): Promise<void> {
      const record = storedReplySchema.parse(reply);
      const body = JSON.stringify(record);
      const metadata = replySummary(record);
      const expires = expiration();
      // The count of versions is kept on the current reply; without KV transactions two concurrent
      // changes may both count from the same number, so the cap it serves is approximate by one or two.
      const before = versionsBefore ?? (await getReplyState(record.guestId)).versions;
      await kv.put(keys.version(record), body, { metadata, expiration: expires });
      const current = replySummary(record, before + 1);
      for (let attempt = 1; ; attempt++) {
        try {
          await kv.put(keys.reply(record.guestId), body, { metadata: current, expiration: expires });
          return;
        } catch (error) {
          if (!isRateLimited(error) || attempt === 3) throw error;
          await wait(1100);
          const current = await kv.get<StoredReply>(keys.reply(record.guestId), 'json');
          if (current && current.updatedAt > record.updatedAt) return;
        }
      }
    },

    /** Writes one version into the history as it was (restoring a backup); the current reply is untouched. */
    async putHistoryVersion(version: StoredReply): Promise<void> {
      const record = storedReplySchema.parse(version);
      await kv.put(keys.version(record), JSON.stringify(record), {
        metadata: replySummary(record),
        expiration: expiration(),
      });
    },

    /**
     * Makes `reply` current without a history entry: only for a version already in the history;
     * `versions` is how many the guest's history holds (kept for the cap on versions).
     */
    async putCurrentReply(reply: StoredReply, versions?: number): Promise<void> {
      const record = storedReplySchema.parse(reply);
      await kv.put(keys.reply(record.guestId), JSON.stringify(record), {
        metadata: replySummary(record, versions),
        expiration: expiration(),
      });
    },

    /** One page (up to 1,000) of current replies with their summaries: one KV operation. */
    listReplies(cursor?: string): Promise<Page<ReplySummary>> {
      return listPage<ReplySummary>(keys.replies, cursor);
    },

    /** The summaries of one guest's versions, oldest first: one list page, no value read. */
    async historySummaries(guestId: string): Promise<ReplySummary[]> {
      return (await listPage<ReplySummary>(keys.historyOf(guestId))).items.map((item) => item.summary);
    },

    /** Every version of one guest's reply, oldest first. */
    getHistory(guestId: string): Promise<StoredReply[]> {
      return versionsUnder(keys.historyOf(guestId));
    },

    /** The event's counts kept once its personal data were purged, or null while they are here. */
    async getSummary(): Promise<EventSummary | null> {
      return kv.get<EventSummary>(keys.summary, 'json');
    },

    async putSummary(summary: EventSummary): Promise<void> {
      await kv.put(keys.summary, JSON.stringify(summary));
    },

    ...retentionStore(kv, keys),
    ...mailStore(kv, keys, { keyNames, getMany }),
    ...seatingStore(kv, keys, reads, expiration),
    ...arrivalStore(kv, keys, reads, expiration),
  };
}

export type Store = ReturnType<typeof createStore>;

/** What an event's list entry shows once its personal data are gone: counts, no person. */
export interface EventSummary {
  invited: number;
  replied: number;
  attending: number;
  purgedAt: string;
}

/**
 * The site's own part of the namespace: organiser sessions and the sign-in lock, whatever the event.
 * @example const sessions = createSessionStore(env.RSVPS);
 */
export function createSessionStore(kv: KVNamespace) {
  return sessionStore(kv);
}

export type SessionStore = ReturnType<typeof createSessionStore>;
