import type { PersonKey, Seat, SeatingPlan, Table } from '#schemas/seating.ts';
import { neighbours, seatsByHonour } from './geometry.ts';
import type { Attendee } from './people.ts';

const seatId = (seat: Seat) => `${seat.table}:${seat.seat}`;

/**
 * A seating plan proposed by precedence: the tables in their order, the first the top table, each
 * table's seats in the order of honour (seatsByHonour), given to the attendees in the order of
 * precedence; each companion beside the person they come with (the nearest free seat at that
 * table, else the next free seat by honour). Everyone has one seat while seats last; those left
 * over are left unseated (the plan says so).
 */
export function proposeSeats(tables: readonly Table[], people: readonly Attendee[]): SeatingPlan['seats'] {
  const taken = new Set<string>();
  const byHonour: Seat[] = tables.flatMap((table, index) =>
    seatsByHonour(table).map((seat) => ({ table: index, seat })),
  );
  let next = 0;
  const nextFree = (): Seat | null => {
    while (next < byHonour.length && taken.has(seatId(byHonour[next] as Seat))) next++;
    return byHonour[next] ?? null;
  };
  const seats: SeatingPlan['seats'] = {};
  const place = (person: Attendee, seat: Seat) => {
    taken.add(seatId(seat));
    seats[person.key] = { ...seat, who: person.who, reference: person.reference };
  };
  const besideOf = (key: PersonKey | undefined): Seat | null => {
    const at = key ? seats[key] : undefined;
    const table = at ? tables[at.table] : undefined;
    if (!at || !table) return null;
    const kept = new Set([table.host, table.coHost]);
    const free = neighbours(table, at.seat).find(
      (seat) => !kept.has(seat) && !taken.has(seatId({ table: at.table, seat })),
    );
    return free === undefined ? null : { table: at.table, seat: free };
  };
  for (const person of people) {
    const seat = (person.with ? besideOf(person.with) : null) ?? nextFree();
    if (seat) place(person, seat);
  }
  return seats;
}
