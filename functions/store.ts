import type { AudienceCategory } from '../src/schemas/event.ts';
import { guestSchema, type Guest } from '../src/schemas/guest.ts';
import {
  storedReplySchema,
  type Attendance,
  type DietaryCode,
  type StoredReply,
} from '../src/schemas/reply.ts';
import type { Locale } from '../src/i18n/locales.ts';
import { personalExpiration } from './retention.ts';

/**
 * The only module that talks to the RSVPS namespace. Key scheme (DESIGN, "Data"):
 *   guest:{id}                   the guest record; metadata = GuestSummary
 *   reply:{id}                   the current reply; metadata = ReplySummary
 *   history:{id}:{timestamp}     every version of every reply, append-only
 * Dashboards read `list()` pages and their metadata, never one `get()` per guest.
 */

/** KV's limit for the metadata of one key. */
export const METADATA_LIMIT_BYTES = 1024;
const LIST_PAGE = 1000;
const SHORT_TEXT = 60;

export interface GuestSummary {
  /** name, shortened */
  n: string;
  /** organisation, shortened */
  o: string;
  c: AudienceCategory;
  l: Locale;
  /** companions allowed */
  k: number;
  /** link version, so personal links can be listed without reading each guest */
  v: number;
  /** e-mail address (lower case), to match re-imported rows; absent when the list has none */
  e?: string;
}

export interface ReplySummary {
  a: Attendance;
  /** companions named */
  c: number;
  /** dietary codes counted over everyone the reply covers (guest or delegate, and companions) */
  d: Partial<Record<DietaryCode, number>>;
  /** flags: 1 dietary notes, 2 accessibility needs, 4 comment (their text costs one get) */
  f: number;
  /** delegate's name, shortened */
  n?: string;
  r: string;
  s: StoredReply['source'];
  u: string;
}

function shorten(value: string, length = SHORT_TEXT): string {
  const chars = [...value];
  return chars.length <= length ? value : `${chars.slice(0, length - 1).join('')}…`;
}

function assertMetadataSize<T>(metadata: T): T {
  const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
  if (bytes > METADATA_LIMIT_BYTES) {
    throw new Error(`KV metadata of ${bytes} bytes exceeds ${METADATA_LIMIT_BYTES}`);
  }
  return metadata;
}

/** The metadata of `guest:{id}`: what the guest list shows without reading the record. */
export function guestSummary(guest: Guest): GuestSummary {
  return assertMetadataSize({
    n: shorten(guest.name),
    o: shorten(guest.organisation),
    c: guest.category,
    l: guest.language,
    k: guest.companions,
    v: guest.linkVersion,
    ...(guest.email ? { e: guest.email.toLowerCase() } : {}),
  });
}

/** The metadata of `reply:{id}`: codes, flags, counts and a short name, asserted ≤ 1 KiB. */
export function replySummary(reply: StoredReply): ReplySummary {
  const main = reply.attending === 'delegate' ? reply.delegate : reply;
  const people = reply.attending === 'no' ? [] : [main, ...reply.companions];
  const dietary: Partial<Record<DietaryCode, number>> = {};
  let flags = 0;
  for (const person of people) {
    for (const code of person?.dietary ?? []) dietary[code] = (dietary[code] ?? 0) + 1;
    if (person?.dietaryNotes) flags |= 1;
    if (person?.accessibility) flags |= 2;
  }
  if (reply.comment) flags |= 4;
  return assertMetadataSize({
    a: reply.attending,
    c: reply.attending === 'no' ? 0 : reply.companions.length,
    d: dietary,
    f: flags,
    ...(reply.delegate && reply.attending === 'delegate' ? { n: shorten(reply.delegate.name) } : {}),
    r: reply.reference,
    s: reply.source,
    u: reply.updatedAt,
  });
}

export interface Listed<T> {
  id: string;
  summary: T;
}

export interface Page<T> {
  items: Listed<T>[];
  /** Present when another page follows. */
  cursor?: string;
}

/** An organiser session, stored under the hash of its id. */
export interface AdminSession {
  name: string;
  createdAt: string;
  lastSeenAt: string;
}

const keys = {
  session: (hash: string) => `session:${hash}`,
  guest: (id: string) => `guest:${id}`,
  reply: (id: string) => `reply:${id}`,
  history: (id: string, timestamp: string) => `history:${id}:${timestamp}`,
  historyPrefix: (id: string) => `history:${id}:`,
};

/**
 * The store over one KV namespace. `clock` gives the time used for expirations.
 * @example const store = createStore(env.RSVPS); await store.getGuest('k3x9q2m7');
 */
/** KV's answer to a second write to one key within a second (its limit is one write per second per key). */
function isRateLimited(error: unknown): boolean {
  return error instanceof Error && /\b429\b|too many requests/i.test(error.message);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createStore(
  kv: KVNamespace,
  clock: () => Date = () => new Date(),
  { wait = sleep }: { wait?: (ms: number) => Promise<void> } = {},
) {
  const expiration = () => personalExpiration(clock());

  async function listPage<T>(prefix: string, cursor?: string): Promise<Page<T>> {
    const result = await kv.list<T>({ prefix, cursor, limit: LIST_PAGE });
    return {
      items: result.keys.flatMap((key) =>
        key.metadata === undefined ? [] : [{ id: key.name.slice(prefix.length), summary: key.metadata }],
      ),
      ...(result.list_complete ? {} : { cursor: result.cursor }),
    };
  }

  return {
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

    /** One page (up to 1,000) of guests with their summaries: one KV operation. */
    listGuests(cursor?: string): Promise<Page<GuestSummary>> {
      return listPage<GuestSummary>('guest:', cursor);
    },

    async hasGuests(): Promise<boolean> {
      const result = await kv.list({ prefix: 'guest:', limit: 1 });
      return result.keys.length > 0;
    },

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
    async saveReply(reply: StoredReply): Promise<void> {
      const record = storedReplySchema.parse(reply);
      const body = JSON.stringify(record);
      const metadata = replySummary(record);
      const expires = expiration();
      await kv.put(keys.history(record.guestId, record.updatedAt), body, { metadata, expiration: expires });
      for (let attempt = 1; ; attempt++) {
        try {
          await kv.put(keys.reply(record.guestId), body, { metadata, expiration: expires });
          return;
        } catch (error) {
          if (!isRateLimited(error) || attempt === 3) throw error;
          await wait(1100);
          const current = await kv.get<StoredReply>(keys.reply(record.guestId), 'json');
          if (current && current.updatedAt > record.updatedAt) return;
        }
      }
    },

    /** One page (up to 1,000) of current replies with their summaries: one KV operation. */
    listReplies(cursor?: string): Promise<Page<ReplySummary>> {
      return listPage<ReplySummary>('reply:', cursor);
    },

    /** Every version of one guest's reply, oldest first. */
    async getHistory(guestId: string): Promise<StoredReply[]> {
      const versions: StoredReply[] = [];
      let cursor: string | undefined;
      do {
        const page = await kv.list({ prefix: keys.historyPrefix(guestId), cursor, limit: LIST_PAGE });
        const values = await Promise.all(page.keys.map((key) => kv.get(key.name, 'json')));
        for (const value of values) if (value !== null) versions.push(storedReplySchema.parse(value));
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      return versions;
    },

    /** When KV will delete the guest's data (seconds since the epoch), or null without an expiration. */
    async guestExpiration(id: string): Promise<number | null> {
      const { keys: found } = await kv.list({ prefix: keys.guest(id), limit: 1 });
      return found[0]?.name === keys.guest(id) ? (found[0].expiration ?? null) : null;
    },

    /** Erases every key of one guest: history, current reply, then the guest record. */
    async eraseGuest(id: string): Promise<void> {
      let cursor: string | undefined;
      do {
        const page = await kv.list({ prefix: keys.historyPrefix(id), cursor, limit: LIST_PAGE });
        await Promise.all(page.keys.map((key) => kv.delete(key.name)));
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      await kv.delete(keys.reply(id));
      await kv.delete(keys.guest(id));
    },

    /**
     * Deletes personal keys that KV would not delete by itself: any without an expiration, or
     * whose expiration has passed (KV removes those lazily). Returns how many were deleted.
     */
    async purgeExpired(now: Date): Promise<number> {
      let deleted = 0;
      for (const prefix of ['guest:', 'reply:', 'history:']) {
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

    /** Stores a session that KV itself deletes at `expiration` (seconds since the epoch, ≥ 60 s ahead). */
    async putSession(hash: string, session: AdminSession, expiration: number): Promise<void> {
      await kv.put(keys.session(hash), JSON.stringify(session), { expiration });
    },

    async getSession(hash: string): Promise<AdminSession | null> {
      return kv.get<AdminSession>(keys.session(hash), 'json');
    },

    async deleteSession(hash: string): Promise<void> {
      await kv.delete(keys.session(hash));
    },
  };
}

export type Store = ReturnType<typeof createStore>;
