// Part of the store (src/server/store/store.ts): organiser sessions and the site-wide sign-in lock.
import { siteKeys } from './keys.ts';

/** An organiser session as handlers see it. */
export interface AdminSession {
  name: string;
  createdAt: string;
  lastSeenAt: string;
  /** `door`: signed in with the door's password, for the door list only; absent: an organiser. */
  role?: 'door';
  /** A door session's event: its door list is the only one it sees. */
  event?: string;
}

/** An organiser session as stored under the hash of its id: written once, at sign-in. */
export interface StoredSession extends AdminSession {
  /** A fingerprint of the password it was signed in with: another password in force ends it. */
  credential: string;
}

/** A form sent while signed out: the page it was sent to and its urlencoded body, as sent. */
export interface KeptForm {
  path: string;
  body: string;
}

const keys = siteKeys;

/**
 * Sessions over the RSVPS namespace: `session:{hash}`, `session:{hash}:seen`, `session:{hash}:kept`,
 * `lock:sign-in`.
 */
export function sessionStore(kv: KVNamespace) {
  return {
    /** Stores a session that KV itself deletes at `expiration` (seconds since the epoch, ≥ 60 s ahead). */
    async putSession(hash: string, session: StoredSession, expiration: number): Promise<void> {
      await kv.put(keys.session(hash), JSON.stringify(session), { expiration });
    },

    /** The session and the time of its last recorded activity (null if none), in one bulk read. */
    async getSession(hash: string): Promise<{ session: StoredSession | null; seenAt: string | null }> {
      const found = await kv.get<unknown>([keys.session(hash), keys.sessionSeen(hash)], 'json');
      const seen = found.get(keys.sessionSeen(hash));
      return {
        session: (found.get(keys.session(hash)) as StoredSession | null | undefined) ?? null,
        seenAt: typeof seen === 'string' ? seen : null,
      };
    },

    /**
     * Records activity on a session. KV has no transactions, so re-reading the session before
     * writing would still race a concurrent logout (and another location may not see the logout
     * for up to a minute): the activity has a key of its own instead and the session record is never
     * rewritten. A write racing a logout can leave only this key behind, which signs nobody in
     * without its session and expires with it.
     */
    async touchSession(hash: string, at: string, expiration: number): Promise<void> {
      await kv.put(keys.sessionSeen(hash), JSON.stringify(at), { expiration });
    },

    /** Whether organiser sign-in is locked for everyone (one read). */
    async signInLocked(): Promise<boolean> {
      return (await kv.get(keys.signInLock)) !== null;
    },

    /** Locks organiser sign-in for everyone for `seconds` (KV's shortest expiry is 60 s). */
    async lockSignIn(seconds: number): Promise<void> {
      await kv.put(keys.signInLock, new Date().toISOString(), { expirationTtl: Math.max(60, seconds) });
    },

    async deleteSession(hash: string): Promise<void> {
      await Promise.all([
        kv.delete(keys.session(hash)),
        kv.delete(keys.sessionSeen(hash)),
        kv.delete(keys.keptForm(hash)),
      ]);
    },

    /** Keeps a form for the session `hash` for `seconds` (KV's shortest expiry is 60 s). */
    async keepForm(hash: string, form: KeptForm, seconds: number): Promise<void> {
      await kv.put(keys.keptForm(hash), JSON.stringify(form), { expirationTtl: Math.max(60, seconds) });
    },

    /** The form kept for the session `hash` for the page `path`, once: it is deleted as it is read. */
    async takeKeptForm(hash: string, path: string): Promise<KeptForm | null> {
      const found = await kv.get<unknown>(keys.keptForm(hash), 'json');
      if (found === null) return null;
      const form = found as Partial<KeptForm>;
      if (typeof form.path !== 'string' || typeof form.body !== 'string') return null;
      if (form.path !== path) return null;
      await kv.delete(keys.keptForm(hash));
      return { path: form.path, body: form.body };
    },
  };
}
