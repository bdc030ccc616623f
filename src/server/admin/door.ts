import { countryName } from '#i18n/countries.ts';
import { personKeySchema, type PersonKey } from '#schemas/seating.ts';
import type { OrganiserContext } from '#server/context.ts';
import { bodyKind, decodeUtf8, parseFormBody, readBodyBytes, type FormValues } from '#server/http/body.ts';
import { HttpError } from '#server/http/errors.ts';
import { json, seeOther } from '#server/http/responses.ts';
import { attendees } from '#server/seating/people.ts';
import { urls } from '#server/urls.ts';
import type { DoorRow, DoorView } from './views.ts';

/** A tick sent late (kept on a phone without network) keeps its own time, within these bounds. */
const LATE_TICK_MS = 12 * 60 * 60 * 1000;
const EARLY_TICK_MS = 2 * 60 * 1000;

/** Lower case, without accents: "Ní Bhriain" is found by "ni bhriain". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Everyone expected, in the order of precedence, with their table and their arrival. */
async function doorRows(ctx: OrganiserContext): Promise<DoorRow[]> {
  const [guests, plan, arrivals] = await Promise.all([
    ctx.store.allGuests(),
    ctx.store.getSeating(),
    ctx.store.allArrivals(),
  ]);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const byId = new Map(guests.map((guest) => [guest.id, guest]));
  return attendees(ctx.event, guests, replies).map((person) => {
    const placed = plan.seats[person.key];
    const guest = byId.get(person.guestId);
    const country = person.country ? countryName(person.country) : '';
    return {
      person,
      country,
      organisation: guest?.organisation ?? '',
      table: placed ? (plan.tables[placed.table]?.name ?? null) : null,
      arrival: arrivals.get(person.key) ?? null,
      search: folded(
        [person.name, person.guest, country, person.country ?? '', guest?.organisation ?? ''].join(' '),
      ),
    };
  });
}

const first = (values: FormValues, name: string) => [values[name] ?? ''].flat()[0] ?? '';

/** The time a tick happened: the phone's, if it is a plausible one (sent late from a queue), else now. */
function tickTime(value: string, now: Date): string {
  // Only the form a phone's own clock writes (toISOString), never a free-form date.
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(at) && at >= now.getTime() - LATE_TICK_MS && at <= now.getTime() + EARLY_TICK_MS
    ? new Date(at).toISOString()
    : now.toISOString();
}

/**
 * `/admin/{event}/door`: the list for the entrance. GET shows everyone expected (the order of
 * precedence; `?q=` finds a name, a country or an organisation), still expected and arrived apart,
 * with the counts. POST `action=arrive|undo` with `person` ticks someone (the first tick stands:
 * two phones never double an arrival) or takes it back; a form gets the list again (303), a
 * script (`Accept: application/json`) the arrival in force. Open to the door's sign-in.
 */
export async function doorPage(request: Request, ctx: OrganiserContext): Promise<Response | DoorView> {
  const url = new URL(request.url);
  if (request.method === 'POST') {
    if (bodyKind(request) !== 'form') throw new HttpError('unsupported_media_type');
    const { values } = parseFormBody(decodeUtf8(await readBodyBytes(request)));
    const action = first(values, 'action');
    const parsed = personKeySchema.safeParse(first(values, 'person'));
    const rows = await doorRows(ctx);
    const row = parsed.success ? rows.find((item) => item.person.key === parsed.data) : undefined;
    if ((action !== 'arrive' && action !== 'undo') || !row)
      throw new HttpError('validation_failed', { fields: { person: 'invalid_choice' } });
    const tick = { at: tickTime(first(values, 'at'), ctx.now), by: ctx.session.name };
    const key: PersonKey = row.person.key;
    const received = ctx.now.toISOString();
    // A tick kept on a phone through a change of hands: the log keeps who made it beside who sent it.
    const claimed = first(values, 'as').trim().slice(0, 200);
    const as = claimed && claimed !== ctx.session.name ? claimed : undefined;
    const arrival = action === 'arrive' ? await ctx.store.arrive(key, tick, received, as) : null;
    if (action === 'undo') await ctx.store.undoArrival(key, tick, received, as);
    if ((request.headers.get('Accept') ?? '').includes('application/json'))
      return json({ person: key, arrival });
    const q = first(values, 'q').slice(0, 100);
    const back = new URLSearchParams({
      ...(q ? { q } : {}),
      done: action === 'arrive' ? 'arrived' : 'undone',
      person: key,
    });
    return seeOther(`${urls.admin.door(ctx.event)}?${back.toString()}#door-notice`);
  }
  const rows = await doorRows(ctx);
  const text = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const needle = folded(text);
  const done = url.searchParams.get('done');
  const named = rows.find((row) => row.person.key === url.searchParams.get('person'));
  const arrived = rows.filter((row) => row.arrival).length;
  return {
    status: 200,
    rows: needle ? rows.filter((row) => row.search.includes(needle)) : rows,
    text,
    counts: { total: rows.length, arrived, expected: rows.length - arrived },
    ...((done === 'arrived' || done === 'undone') && named
      ? { notice: { done, name: named.person.name } }
      : {}),
    session: ctx.session,
  };
}
