import type { Table } from '#schemas/seating.ts';

/**
 * Where the seats of a table are, as the plan draws them and as precedence reads them. Seats are
 * numbered so that the numbers rise to a seated person's right: round, around the table; long, along
 * each side (side one 1…k, side two k+1…n, facing it), with no seat at the ends.
 */

/** The seats of the side of a long table that `seat` is on (the first side has the odd one more). */
function sideOf(table: Pick<Table, 'seats'>, seat: number): [number, number] {
  const first = Math.ceil(table.seats / 2);
  return seat <= first ? [1, first] : [first + 1, table.seats];
}

/** The seat `distance` places to the right (positive) or left (negative) of `seat`, if there is one. */
export function beside(table: Pick<Table, 'seats' | 'shape'>, seat: number, distance: number): number | null {
  if (table.shape === 'round') {
    if (Math.abs(distance) >= table.seats) return null;
    return ((((seat - 1 + distance) % table.seats) + table.seats) % table.seats) + 1;
  }
  const [low, high] = sideOf(table, seat);
  const next = seat + distance;
  return next >= low && next <= high ? next : null;
}

/** The seat facing `seat` across the table (a round table's opposite; a long table's other side). */
export function facing(table: Pick<Table, 'seats' | 'shape'>, seat: number): number {
  if (table.shape === 'round') return ((seat - 1 + Math.floor(table.seats / 2)) % table.seats) + 1;
  const opposite = table.seats + 1 - seat;
  // A long table with an odd number of seats has one seat more on the first side, facing no one.
  return opposite === seat ? seat : Math.min(Math.max(opposite, 1), table.seats);
}

/**
 * The seats of a table in the order of honour, the host's and co-host's left out: the French
 * seating of a formal dinner, alternating between the hosts: the host's right, the co-host's right,
 * the host's left, the co-host's left, and so on outwards; with a host alone, the host's right then
 * left, outwards; without one, the head (seat 1), then its right and left, outwards. Any seat those
 * leave (the far end of a long table) follows in its number's order.
 */
export function seatsByHonour(table: Pick<Table, 'seats' | 'shape' | 'host' | 'coHost'>): number[] {
  const kept = new Set([table.host, table.coHost].filter((seat) => seat !== undefined));
  const order: number[] = [];
  const add = (seat: number | null) => {
    if (seat !== null && !kept.has(seat) && !order.includes(seat)) order.push(seat);
  };
  const centres = table.host === undefined ? [1] : [table.host, ...(table.coHost ? [table.coHost] : [])];
  if (table.host === undefined) add(1);
  for (let distance = 1; distance < table.seats; distance++) {
    for (const side of [distance, -distance]) for (const centre of centres) add(beside(table, centre, side));
  }
  for (let seat = 1; seat <= table.seats; seat++) add(seat);
  return order;
}

/** The seats next to `seat`, nearest first, the left before the right at each distance. */
export function neighbours(table: Pick<Table, 'seats' | 'shape'>, seat: number): number[] {
  const near: number[] = [];
  for (let distance = 1; distance < table.seats; distance++) {
    for (const seatBeside of [beside(table, seat, -distance), beside(table, seat, distance)]) {
      if (seatBeside !== null && seatBeside !== seat && !near.includes(seatBeside)) near.push(seatBeside);
    }
  }
  return near;
}

/** A seat's place in the drawing: x and y in a box of `size` (the table in its middle), and its angle. */
export interface SeatPoint {
  seat: number;
  x: number;
  y: number;
}

/**
 * Where each seat is drawn: round, on a circle, seat 1 at the bottom and numbers rising to the
 * seated person's right (anticlockwise on the page, as seen from above); long, side one along the
 * bottom from left to right, side two along the top from right to left.
 */
export function seatPoints(
  table: Pick<Table, 'seats' | 'shape'>,
  width: number,
  height: number,
): SeatPoint[] {
  const points: SeatPoint[] = [];
  if (table.shape === 'round') {
    const radius = Math.min(width, height) / 2 - 70;
    for (let seat = 1; seat <= table.seats; seat++) {
      const angle = Math.PI / 2 - ((seat - 1) * 2 * Math.PI) / table.seats;
      points.push({
        seat,
        x: width / 2 + radius * Math.cos(angle),
        y: height / 2 + radius * Math.sin(angle),
      });
    }
    return points;
  }
  const first = Math.ceil(table.seats / 2);
  const step = (width - 120) / Math.max(first, 1);
  for (let seat = 1; seat <= table.seats; seat++) {
    const bottom = seat <= first;
    const index = bottom ? seat - 1 : table.seats - seat;
    points.push({ seat, x: 60 + step * (index + 0.5), y: bottom ? height - 80 : 80 });
  }
  return points;
}
