import type { StoredReply } from '#schemas/reply.ts';

/**
 * Every key of the RSVPS namespace (docs/design.md, "Data"), built here and nowhere else: an
 * event's guests, replies, versions and mail, and the site's organiser sessions.
 */
export type EventKeys = ReturnType<typeof eventKeys>;

/**
 * The keys of one event.
 * @example eventKeys(event).guest('k3x9q2m7') // 'guest:k3x9q2m7'
 */
export function eventKeys(_event: { id: string }) {
  const prefixes = {
    guests: 'guest:',
    replies: 'reply:',
    history: 'history:',
    outbox: 'outbox:',
  } as const;
  return {
    ...prefixes,
    /** The guest record; metadata = GuestSummary. */
    guest: (id: string) => `${prefixes.guests}${id}`,
    /** The current reply; metadata = ReplySummary. */
    reply: (id: string) => `${prefixes.replies}${id}`,
    /**
     * One version: its time, then its reference (40 random bits) so that two changes within one
     * millisecond each keep a key of their own, and keys still sort by time. Keys written before
     * the suffix (`history:{id}:{timestamp}`) sort before a suffixed key of the same time and are
     * read alike.
     */
    version: (reply: StoredReply) =>
      `${prefixes.history}${reply.guestId}:${reply.updatedAt}:${reply.reference}`,
    /** Every version of one guest. */
    historyOf: (id: string) => `${prefixes.history}${id}:`,
    /** A notice to the mailbox that waits for the daily retry. */
    pendingNotice: (at: string, guestId: string) => `${prefixes.outbox}${at}:${guestId}`,
    /** When the last daily digest went out. */
    lastDigest: 'digest:last',
  };
}

/** The site's keys: organiser sessions and the sign-in lock, whatever the event. */
export const siteKeys = {
  session: (hash: string) => `session:${hash}`,
  /** The session's last activity, apart from the session so that recording it never re-creates one. */
  sessionSeen: (hash: string) => `session:${hash}:seen`,
  /**
   * A form the organiser had sent when their session ended, kept through the sign-in under the NEW
   * session's hash (only that session can read it), read once and deleted.
   */
  keptForm: (hash: string) => `session:${hash}:kept`,
  /** Set while organiser sign-in is locked for everyone (too many failed sign-ins lately). */
  signInLock: 'lock:sign-in',
} as const;
