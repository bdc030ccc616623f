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

export function arrivalStore(
  kv: KVNamespace,
  keys: EventKeys,
  reads: ReturnType<typeof kvReads>,
  expiration: () => number,
) {
  const log = (at: string, person: PersonKey, entry: Arrival & { action: 'arrived' | 'undone' }) =>
    kv.put(keys.arrivalEntry(at, person), JSON.stringify(entry), { expiration: expiration() });
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
    async arrive(person: PersonKey, arrival: Arrival): Promise<Arrival> {
      const { metadata } = await kv.getWithMetadata<Arrival>(keys.arrival(person));
      if (metadata) return metadata;
      await log(arrival.at, person, { ...arrival, action: 'arrived' });
      await kv.put(keys.arrival(person), '1', { metadata: arrival, expiration: expiration() });
      return arrival;
    },

    /** Takes back an arrival ticked by mistake (logged with who and when). */
    async undoArrival(person: PersonKey, undo: Arrival): Promise<void> {
      await log(undo.at, person, { ...undo, action: 'undone' });
      await kv.delete(keys.arrival(person));
    },
  };
}
