// Part of the store (src/server/store/store.ts): the seating plan, one key, and each of its versions.
import { emptyPlan, seatingPlanSchema, type SeatingPlan } from '#schemas/seating.ts';
import type { EventKeys } from './keys.ts';
import { allPages, type kvReads } from './kv.ts';

/** What the plan's history lists of a version, from its key's metadata alone. */
export interface SeatingVersion {
  version: number;
  at: string;
  by: string;
  change: NonNullable<SeatingPlan['change']>;
}

export function seatingStore(
  kv: KVNamespace,
  keys: EventKeys,
  reads: ReturnType<typeof kvReads>,
  expiration: () => number,
) {
  return {
    /** The plan (an empty one, version 0, where none was made). */
    async getSeating(): Promise<SeatingPlan> {
      const value = await kv.get(keys.seating, 'json');
      return value === null ? emptyPlan() : seatingPlanSchema.parse(value);
    },

    /**
     * Saves `plan` as the version after `basis`, its version first (nothing overwritten without
     * its predecessor kept), unless the plan changed since `basis` was read: then nothing is
     * written and the answer is false.
     */
    async saveSeating(plan: SeatingPlan, basis: number): Promise<boolean> {
      const current = await this.getSeating();
      if (current.version !== basis) return false;
      const next = seatingPlanSchema.parse({ ...plan, version: basis + 1 });
      const at = next.updatedAt ?? new Date().toISOString();
      const meta: SeatingVersion = {
        version: next.version,
        at,
        by: next.updatedBy ?? '',
        change: next.change ?? 'moved',
      };
      // A version keeps where everyone sat, not who they were (no fingerprint of a name outlives
      // an erasure in the history); the plan in force keeps both.
      const positions = Object.fromEntries(
        Object.entries(next.seats).map(([key, placed]) => [key, { table: placed.table, seat: placed.seat }]),
      );
      await kv.put(keys.seatingVersion(at, next.version), JSON.stringify({ ...next, seats: positions }), {
        metadata: meta,
        expiration: expiration(),
      });
      await kv.put(keys.seating, JSON.stringify(next), { expiration: expiration() });
      return true;
    },

    /** Every version of the plan, newest first, from list pages alone. */
    async seatingVersions(): Promise<SeatingVersion[]> {
      const listed = await allPages((cursor) => reads.listPage<SeatingVersion>(keys.seatingHistory, cursor));
      return listed.map((item) => item.summary).reverse();
    },
  };
}
