import type { PersonKey, Seat, SeatingPlan, Table } from '#schemas/seating.ts';
import { neighbours, seatsByHonour } from './geometry.ts';
import type { Attendee } from './people.ts';

/** How a proposal treats companions and delegates, and whom it seats. */
export interface ProposalOptions {
  /** `beside`: each companion beside the person they come with; `apart`: after everyone else, never beside them. */
  companions: 'beside' | 'apart';
  /** `after`: delegates after everyone who attends in person (a state secretary below ministers); `place`: in the place of their guest. */
  delegates: 'after' | 'place';
  /** `all`: every seat given again; `unseated`: only those without a seat, into free seats, the rest kept. */
  scope: 'all' | 'unseated';
}

export const defaultProposal: ProposalOptions = { companions: 'beside', delegates: 'after', scope: 'all' };

const seatId = (seat: Seat) => `${seat.table}:${seat.seat}`;

/**
 * The seats in the order they are given: the first table (the top table) whole, by honour; then
 * the other tables dealt in turn, each one's best free seat before any table's next, so that the
 * guests after the top table are spread over every table, and the tables fill evenly.
 */
function dealtSeats(tables: readonly Table[]): Seat[] {
  const [top, ...others] = tables.map((table, index) =>
    seatsByHonour(table).map((seat) => ({ table: index, seat })),
  );
  const order: Seat[] = [...(top ?? [])];
  for (let round = 0; others.some((seats) => round < seats.length); round++) {
    for (const seats of others) {
      const seat = seats[round];
      if (seat) order.push(seat);
    }
  }
  return order;
}

/**
 * The people in the order they are seated: those who attend in person in the order of precedence,
 * then (by `options.delegates`) delegates in their guests' order; companions follow the person they
 * come with (`beside`) or everyone else (`apart`).
 */
function seatingOrder(people: readonly Attendee[], options: ProposalOptions): Attendee[] {
  const main = people.filter((person) => person.role !== 'companion');
  const principals =
    options.delegates === 'after'
      ? [
          ...main.filter((person) => person.role === 'guest'),
          ...main.filter((person) => person.role === 'delegate'),
        ]
      : main;
  const companionsOf = (key: PersonKey) => people.filter((person) => person.with === key);
  return options.companions === 'beside'
    ? principals.flatMap((person) => [person, ...companionsOf(person.key)])
    : [...principals, ...principals.flatMap((person) => companionsOf(person.key))];
}

/**
 * A seating plan proposed by precedence (seatingOrder, into dealtSeats): each table's seats by
 * honour (seatsByHonour); each companion beside the person they come with (the nearest free seat at
 * that table, else the next free seat), or, `apart`, never beside them. Everyone has one seat while
 * seats last; those left over are unseated (the plan says so). With `scope: 'unseated'`, the seats
 * of `kept` stay as they are and only the others are given.
 */
export function proposeSeats(
  tables: readonly Table[],
  people: readonly Attendee[],
  options: ProposalOptions = defaultProposal,
  kept: SeatingPlan['seats'] = {},
): SeatingPlan['seats'] {
  const seats: SeatingPlan['seats'] = options.scope === 'unseated' ? { ...kept } : {};
  const taken = new Set(Object.values(seats).map(seatId));
  const order = dealtSeats(tables);
  const place = (person: Attendee, seat: Seat) => {
    taken.add(seatId(seat));
    seats[person.key] = { ...seat, who: person.who, reference: person.reference };
  };
  const nextFree = (avoid: Set<string>): Seat | null =>
    order.find((seat) => !taken.has(seatId(seat)) && !avoid.has(seatId(seat))) ??
    order.find((seat) => !taken.has(seatId(seat))) ??
    null;
  /** The seats next to where `key` sits. */
  const around = (key: PersonKey | undefined): Seat[] => {
    const at = key ? seats[key] : undefined;
    const table = at ? tables[at.table] : undefined;
    if (!at || !table) return [];
    const hosts = new Set([table.host, table.coHost]);
    return neighbours(table, at.seat)
      .filter((seat) => !hosts.has(seat))
      .map((seat) => ({ table: at.table, seat }));
  };
  for (const person of seatingOrder(people, options)) {
    if (seats[person.key]) continue;
    const near = person.with ? around(person.with) : [];
    const seat =
      options.companions === 'beside' && person.with
        ? (near.find((candidate) => !taken.has(seatId(candidate))) ?? nextFree(new Set()))
        : nextFree(new Set(near.slice(0, 2).map(seatId)));
    if (seat) place(person, seat);
  }
  return seats;
}
