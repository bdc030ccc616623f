import type { StoredReply } from '#schemas/reply.ts';

/**
 * Every key of the RSVPS namespace (docs/design.md, "Data"), built here and nowhere else: each
 * event's guests, replies, versions and mail, and the site's organiser sessions.
 */
export type EventKeys = ReturnType<typeof eventKeys>;

/** Everything of one event is under `event:{id}:`: one prefix to list, export, purge or erase. */
export const eventPrefix = (id: string) => `event:${id}:`;

/**
 * The keys of one event.
 * @example eventKeys(event).guest('k3x9q2m7') // 'event:ministerial-dinner-2014:guest:k3x9q2m7'
 */
export function eventKeys(event: { id: string }) {
  const scope = eventPrefix(event.id);
  const prefixes = {
    guests: `${scope}guest:`,
    replies: `${scope}reply:`,
    history: `${scope}history:`,
    outbox: `${scope}outbox:`,
    /** The seating plan and its versions. */
    seating: `${scope}seating`,
    seatingHistory: `${scope}seating-history:`,
    /** Arrivals at the door (one key a person) and their log; `arrival` is the prefix of both. */
    arrivalsAll: `${scope}arrival`,
    arrivals: `${scope}arrival:`,
    arrivalLog: `${scope}arrival-log:`,
  } as const;
  return {
    ...prefixes,
    /** The guest record; metadata = GuestSummary. */
    guest: (id: string) => `${prefixes.guests}${id}`,
    /** The current reply; metadata = ReplySummary. */
    reply: (id: string) => `${prefixes.replies}${id}`,
    /**
     * One version: its time, then its reference (40 random bits) so that two changes within one
     * millisecond each keep a key of their own, and keys still sort by time.
     */
    version: (reply: Pick<StoredReply, 'guestId' | 'updatedAt' | 'reference'>) =>
      `${prefixes.history}${versionId(reply)}`,
    /** Every version of one guest. */
    historyOf: (id: string) => `${prefixes.history}${id}:`,
    /** A notice to the mailbox that waits for the daily retry. */
    pendingNotice: (at: string, guestId: string) => `${prefixes.outbox}${at}:${guestId}`,
    /** When the last daily digest went out. */
    lastDigest: `${scope}digest:last`,
    /** One version of the seating plan: its time, then its version number. */
    seatingVersion: (at: string, version: number) =>
      `${prefixes.seatingHistory}${at}:${String(version).padStart(6, '0')}:${crypto.randomUUID().slice(0, 8)}`,
    /** A person's arrival at the door (metadata: when and who ticked). */
    arrival: (person: string) => `${prefixes.arrivals}${person}`,
    /** One tick or undo at the door, kept for the record. */
    arrivalEntry: (at: string, person: string) =>
      `${prefixes.arrivalLog}${at}:${person}:${crypto.randomUUID().slice(0, 8)}`,
    /** The event's counts, kept once its personal data are purged (the events list shows them). */
    summary: `${scope}summary`,
  };
}

/**
 * A version's id in the history: `{guest id}:{time}:{reference}` (what a restore compares).
 * @example versionId(reply) // 'k3x9q2m7:2014-09-20T10:00:00.000Z:R-7K3M-Q9TD'
 */
export function versionId(reply: Pick<StoredReply, 'guestId' | 'updatedAt' | 'reference'>): string {
  return `${reply.guestId}:${reply.updatedAt}:${reply.reference}`;
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
