import type { PersonKey, Seat, SeatingPlan } from '#schemas/seating.ts';
import type { Attendee } from './people.ts';

/** A seat whose person's reply changed after they were seated. */
export interface Mark {
  key: PersonKey;
  seat: Seat;
  /** `gone`: no longer expected (a regret, a withdrawn invitation, a companion no longer named); `changed`: the reply changed (a delegate now, another name). */
  kind: 'gone' | 'changed';
  /** Who is expected now, for `changed`. */
  now?: Attendee;
  /** Who had the seat, for `gone`, as the guest list names them (absent once the guest is erased). */
  guest?: string;
}

export interface PlanState {
  /** Seated people, by key, as expected now (absent for `gone`). */
  seated: Map<PersonKey, Attendee>;
  marks: Mark[];
  /** People expected and not seated (a new acceptance, a new companion), in the order of precedence. */
  unseated: Attendee[];
}

/**
 * The plan against the replies as they stand: every seat whose person's reply changed since they
 * were seated is marked, never silently dropped or given to someone else, and everyone expected
 * without a seat is listed.
 */
export function planState(
  plan: SeatingPlan,
  people: readonly Attendee[],
  /** The guest list's names, by guest id: who a seat no longer expected was given for. */
  listed: ReadonlyMap<string, string> = new Map(),
): PlanState {
  const byKey = new Map(people.map((person) => [person.key, person]));
  const state: PlanState = { seated: new Map(), marks: [], unseated: [] };
  for (const [key, placed] of Object.entries(plan.seats) as [PersonKey, SeatingPlan['seats'][PersonKey]][]) {
    const seat = { table: placed.table, seat: placed.seat };
    const now = byKey.get(key);
    if (!now) {
      const guest = listed.get(key.split(':')[1] ?? '');
      state.marks.push({ key, seat, kind: 'gone', ...(guest === undefined ? {} : { guest }) });
      continue;
    }
    state.seated.set(key, now);
    if (now.who !== placed.who) state.marks.push({ key, seat, kind: 'changed', now });
  }
  state.unseated = people.filter((person) => !plan.seats[person.key]);
  return state;
}
