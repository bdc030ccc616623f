import { fieldErrors, type FieldErrors } from '#schemas/field-errors.ts';
import {
  MAX_TABLES,
  personKeySchema,
  tableFormSchema,
  type PersonKey,
  type Seat,
  type SeatingPlan,
  type Table,
} from '#schemas/seating.ts';
import type { OrganiserContext } from '#server/context.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { seeOther } from '#server/http/responses.ts';
import { planState } from '#server/seating/marks.ts';
import { attendees, type Attendee } from '#server/seating/people.ts';
import { proposeSeats, type ProposalOptions } from '#server/seating/propose.ts';
import { urls } from '#server/urls.ts';
import type { SeatingAction, SeatingView } from './views.ts';

const actions = ['add-table', 'remove-table', 'propose', 'move', 'unseat', 'accept'] as const;
const isAction = (value: string): value is SeatingAction => (actions as readonly string[]).includes(value);
const notices = ['tables', 'proposed', 'moved', 'swapped', 'unseated', 'accepted'] as const;

/** Everyone expected and the plan, read in bulk (100 records an operation). */
async function current(ctx: OrganiserContext) {
  const [guests, plan, versions] = await Promise.all([
    ctx.store.allGuests(),
    ctx.store.getSeating(),
    ctx.store.seatingVersions(),
  ]);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const listed = new Map(guests.map((guest) => [guest.id, guest.name]));
  return { plan, versions, listed, people: attendees(ctx.event, guests, replies) };
}

async function view(
  ctx: OrganiserContext,
  extra: Partial<SeatingView> & { url?: URL } = {},
): Promise<SeatingView> {
  const { plan, versions, people, listed } = await current(ctx);
  const done = extra.url?.searchParams.get('done') ?? '';
  const { url: _url, ...rest } = extra;
  return {
    status: 200,
    plan,
    people,
    state: planState(plan, people, listed),
    versions,
    values: {},
    errors: {},
    session: ctx.session,
    ...((notices as readonly string[]).includes(done) ? { notice: done as SeatingView['notice'] } : {}),
    ...rest,
  };
}

const first = (values: FormValues, name: string) => [values[name] ?? ''].flat()[0] ?? '';

/** `table:seat` as the move form's destination gives it. */
function seatOf(value: string, plan: SeatingPlan): Seat | null {
  const match = /^(\d{1,3}):(\d{1,2})$/.exec(value);
  if (!match) return null;
  const seat = { table: Number(match[1]), seat: Number(match[2]) };
  const table = plan.tables[seat.table];
  if (!table || seat.seat > table.seats || seat.seat < 1) return null;
  return seat;
}

/** Who sits at `seat`, if anyone. */
const occupant = (plan: SeatingPlan, seat: Seat): PersonKey | undefined =>
  (Object.keys(plan.seats) as PersonKey[]).find(
    (key) => plan.seats[key]?.table === seat.table && plan.seats[key]?.seat === seat.seat,
  );

type Outcome = { plan: SeatingPlan; change: NonNullable<SeatingPlan['change']> } | { errors: FieldErrors };

/** One change of the plan, from the form's values; the plan and the people as read. */
function decide(action: SeatingAction, values: FormValues, plan: SeatingPlan, people: Attendee[]): Outcome {
  const byKey = new Map(people.map((person) => [person.key, person]));
  const person = (): PersonKey | null => {
    const parsed = personKeySchema.safeParse(first(values, 'person'));
    return parsed.success && (byKey.has(parsed.data) || plan.seats[parsed.data]) ? parsed.data : null;
  };
  switch (action) {
    case 'add-table': {
      const parsed = tableFormSchema.safeParse({
        name: first(values, 'name'),
        shape: first(values, 'shape'),
        seats: first(values, 'seats'),
        host: first(values, 'host'),
        coHost: first(values, 'coHost'),
        coHostName: first(values, 'coHostName'),
        hostName: first(values, 'hostName'),
      });
      // The checks across fields too, whatever else is wrong: every problem is named at once.
      const number = (name: string) => {
        const given = first(values, name).trim();
        return /^\d{1,2}$/.test(given) ? Number(given) : undefined;
      };
      const [seats, host, coHost] = [number('seats'), number('host'), number('coHost')];
      const hostName = first(values, 'hostName').trim();
      const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
      const within = (seat: number) => seat >= 1 && (seats === undefined || seat <= seats);
      if (host !== undefined && !within(host)) errors.host ??= 'seat_out_of_range';
      if (coHost !== undefined && !within(coHost)) errors.coHost ??= 'seat_out_of_range';
      if (coHost !== undefined && coHost === host) errors.coHost = 'same_seat';
      if (coHost !== undefined && host === undefined && !errors.host) errors.host = 'required';
      if (plan.tables.length >= MAX_TABLES) errors.name = 'too_many';
      // The event's host sits at one table: another table's host is named.
      if (host !== undefined && !hostName && plan.tables.some((other) => other.host && !other.hostName))
        errors.hostName = 'host_taken';
      if (!parsed.success || Object.keys(errors).length) return { errors };
      const { name, shape, seats: count, coHostName } = parsed.data;
      const added: Table = {
        name,
        shape,
        seats: count,
        ...(host === undefined ? {} : { host }),
        ...(coHost === undefined ? {} : { coHost }),
        ...(coHostName ? { coHostName } : {}),
        ...(parsed.data.hostName && host !== undefined ? { hostName: parsed.data.hostName } : {}),
      };
      return { plan: { ...plan, tables: [...plan.tables, added] }, change: 'tables' };
    }
    case 'remove-table': {
      const given = first(values, 'table');
      const index = /^\d{1,3}$/.test(given) ? Number(given) : -1;
      if (!plan.tables[index]) return { errors: { table: 'invalid_choice' } };
      // The people at that table lose their seat (the plan lists them as unseated); later tables move up.
      const seats: SeatingPlan['seats'] = {};
      for (const [key, placed] of Object.entries(plan.seats) as [
        PersonKey,
        SeatingPlan['seats'][PersonKey],
      ][]) {
        if (placed.table === index) continue;
        seats[key] = placed.table > index ? { ...placed, table: placed.table - 1 } : placed;
      }
      return {
        plan: { ...plan, tables: plan.tables.filter((_, at) => at !== index), seats },
        change: 'tables',
      };
    }
    case 'propose': {
      if (!plan.tables.length) return { errors: { tables: 'no_tables' } };
      const options: ProposalOptions = {
        companions: first(values, 'companions') === 'apart' ? 'apart' : 'beside',
        delegates: first(values, 'delegates') === 'place' ? 'place' : 'after',
        scope: first(values, 'scope') === 'unseated' ? 'unseated' : 'all',
      };
      return {
        plan: { ...plan, seats: proposeSeats(plan.tables, people, options, plan.seats) },
        change: 'proposed',
      };
    }
    case 'move': {
      const key = person();
      const to = seatOf(first(values, 'to'), plan);
      const errors: FieldErrors = {};
      if (!key || !byKey.has(key)) errors.person = 'invalid_choice';
      if (!to) errors.to = 'invalid_choice';
      const table = to ? plan.tables[to.table] : undefined;
      if (to && (to.seat === table?.host || to.seat === table?.coHost)) errors.to = 'kept_seat';
      if (!key || !to || Object.keys(errors).length) return { errors };
      const mover = byKey.get(key) as Attendee;
      const from = plan.seats[key];
      const other = occupant(plan, to);
      const seats = { ...plan.seats, [key]: { ...to, who: mover.who, reference: mover.reference } };
      if (other && other !== key) {
        // A swap: the other person takes the mover's seat, or loses theirs if the mover had none.
        const { [other]: moved, ...rest } = seats;
        if (from && moved) Object.assign(rest, { [other]: { ...moved, table: from.table, seat: from.seat } });
        return { plan: { ...plan, seats: rest }, change: from ? 'swapped' : 'moved' };
      }
      return { plan: { ...plan, seats }, change: 'moved' };
    }
    case 'unseat': {
      const key = person();
      if (!key || !plan.seats[key]) return { errors: { person: 'invalid_choice' } };
      const { [key]: _gone, ...seats } = plan.seats;
      return { plan: { ...plan, seats }, change: 'unseated' };
    }
    case 'accept': {
      // A marked seat: kept for whoever the reply now names, or freed where nobody is expected.
      const key = person();
      const placed = key ? plan.seats[key] : undefined;
      if (!key || !placed) return { errors: { person: 'invalid_choice' } };
      const now = byKey.get(key);
      const { [key]: _marked, ...seats } = plan.seats;
      return {
        plan: {
          ...plan,
          seats: now ? { ...seats, [key]: { ...placed, who: now.who, reference: now.reference } } : seats,
        },
        change: now ? 'moved' : 'unseated',
      };
    }
  }
}

/**
 * `/admin/{event}/seating`: GET shows the tables, who sits where (drawn and listed), the seats
 * whose person's reply changed since they were seated, and everyone expected without a seat.
 * POST (`action=`) adds or removes a table, proposes a plan by precedence, moves (a swap when the
 * seat is taken), unseats, or accepts a marked seat; each change is a version of the plan kept with
 * who made it and when. A change made on a plan that changed meanwhile is refused (409) and the
 * page shows the plan as it is.
 */
export async function seatingPage(request: Request, ctx: OrganiserContext): Promise<Response | SeatingView> {
  const url = new URL(request.url);
  if (request.method !== 'POST') return view(ctx, { url });
  if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
  const { values } = parseFormBody(decodeUtf8(await readBodyBytes(request)));
  const action = first(values, 'action');
  if (!isAction(action)) throw new HttpError('validation_failed', { fields: { action: 'invalid_choice' } });
  const { plan, people } = await current(ctx);
  if (first(values, 'basis') !== String(plan.version)) {
    return view(ctx, { status: 409, conflict: true, values, action });
  }
  const outcome = decide(action, values, plan, people);
  if ('errors' in outcome) return view(ctx, { status: 400, errors: outcome.errors, values, action });
  const saved = await ctx.store.saveSeating(
    {
      ...outcome.plan,
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.session.name,
      change: outcome.change,
    },
    plan.version,
  );
  if (!saved) return view(ctx, { status: 409, conflict: true, values, action });
  const notice = action === 'accept' ? 'accepted' : outcome.change === 'tables' ? 'tables' : outcome.change;
  return seeOther(
    // Back to the message that says what was done (it leads to the rest of the page).
    `${urls.admin.seating(ctx.event)}?done=${notice}#seating-notice`,
  );
}
