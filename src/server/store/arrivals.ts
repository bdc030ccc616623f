// Part of the store (src/server/store/store.ts): arrivals at the door, one key a person (so that
// two phones at two doors never double one) and a log of every tick and undo.
import type { PersonKey } from '#schemas/seating.ts';
import type { EventKeys } from './keys.ts';
import { allPages, type kvReads } from './kv.ts';

/** An arrival: when the person arrived (as ticked) and who ticked. */
export interface Arrival {
  at: string;
  by: string;
}

/** A tick as the log keeps it: the phone's time of the tick and the site's time of its receipt. */
type LogEntry = Arrival & {
  action: 'arrived' | 'undone';
  received: string;
  /** Who the phone says was signed in when the tick was made, where another than who sent it. */
  as?: string;
};

export function arrivalStore(
  kv: KVNamespace,
  keys: EventKeys,
  reads: ReturnType<typeof kvReads>,
  expiration: () => number,
) {
  // Each entry a key of its own (the time, the person and a random part): never overwritten.
  const log = (person: PersonKey, entry: LogEntry) =>
    kv.put(keys.arrivalEntry(entry.received, person), JSON.stringify(entry), { expiration: expiration() });
  return {
    /** Everyone arrived, by person, from list pages alone (1,000 an operation). */
    async allArrivals(): Promise<Map<PersonKey, Arrival>> {
      const listed = await allPages((cursor) => reads.listPage<Arrival>(keys.arrivals, cursor));
      return new Map(listed.map((item) => [item.id as PersonKey, item.summary]));
    },

    /**
     * Records that `person` arrived at `at`, ticked by `by`, unless they already had: the first
     * tick stands (a second phone's tick of the same person changes nothing). Returns the arrival
     * in force.
     */
    async arrive(person: PersonKey, arrival: Arrival, received: string, as?: string): Promise<Arrival> {
      const { metadata } = await kv.getWithMetadata<Arrival>(keys.arrival(person));
      if (metadata) return metadata;
      await log(person, { ...arrival, action: 'arrived', received, ...(as ? { as } : {}) });
      await kv.put(keys.arrival(person), '1', { metadata: arrival, expiration: expiration() });
      return arrival;
    },

    /** Takes back an arrival ticked by mistake (logged with who and when); nothing for someone not arrived. */
    async undoArrival(person: PersonKey, undo: Arrival, received: string, as?: string): Promise<void> {
      const { metadata } = await kv.getWithMetadata<Arrival>(keys.arrival(person));
      if (!metadata) return;
      await log(person, { ...undo, action: 'undone', received, ...(as ? { as } : {}) });
      await kv.delete(keys.arrival(person));
    },

    /** Deletes a guest's arrivals (theirs and their companions') and their log entries: part of an erasure. */
    async eraseArrivals(guestId: string): Promise<void> {
      const mine = (name: string) => name.includes(`g:${guestId}`) || name.includes(`c:${guestId}:`);
      const names = [
        ...(await reads.keyNames(keys.arrivals)).filter(mine),
        ...(await reads.keyNames(keys.arrivalLog)).filter(mine),
      ];
      await Promise.all(names.map((name) => kv.delete(name)));
    },
  };
}
