import { describe, expect, it } from 'vitest';
import { catering } from '#server/admin/catering.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import { diners } from '#server/admin/diners.ts';
import type { SeatingView } from '#server/admin/views.ts';
import { beside, facing, seatsByHonour } from '#server/seating/geometry.ts';
import { createStore } from '#server/store/store.ts';
import { urls } from '#server/urls.ts';
import type { Event } from '#schemas/event.ts';
import type { PersonKey, SeatingPlan } from '#schemas/seating.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { env } from 'cloudflare:workers';
import {
  EVENT,
  OPEN_NOW,
  adminGet,
  adminPost,
  context,
  eventStore,
  invitedGuest,
  rsvpRequest,
  signIn,
} from './support.ts';
import { guestPage, handleRsvp, seatingPage } from './through.ts';

/**
 * The seating plan (#23) in workerd over the real KV binding. Each test seats the guests of an
 * event of its own (the event under test under another id), so no other test's guests sit at its
 * tables.
 */
let made = 0;
const ownEvent = (): Event => ({
  ...EVENT,
  id: `seating-${Date.now().toString(36)}-${made++}`,
  protocol: { presidencyFirst: false },
});
const [first = ''] = EVENT.categories;

async function seeded(event: Event) {
  const store = createStore(env.RSVPS, event);
  // Countries in a shuffled order: the plan seats them in the EU protocol order (BE, DK, DE, EE, …).
  const guests = [
    { id: 'seatee000', name: 'Minister Estonia', country: 'EE' },
    { id: 'seatbe000', name: 'Minister Belgium', country: 'BE', companions: 1 },
    { id: 'seatde000', name: 'Minister Germany', country: 'DE' },
    { id: 'seatdk000', name: 'Minister Denmark', country: 'DK' },
    { id: 'seatfr000', name: 'Minister France', country: 'FR' },
    { id: 'seatno000', name: 'Minister Regrets', country: 'AT' },
    { id: 'seatwd000', name: 'Minister Withdrawn', country: 'PL' },
  ];
  for (const guest of guests) {
    await store.putGuest(
      aGuest(
        {
          ...guest,
          category: first,
          companions: guest.companions ?? 0,
          ...(guest.id === 'seatwd000' ? { withdrawn: { at: OPEN_NOW.toISOString(), by: 'Test' } } : {}),
        },
        event,
      ),
    );
  }
  const replies = {
    seatbe000: aReply({ companions: [{ name: 'Spouse Belgium' }] }),
    seatno000: aReply({ attending: 'no' }),
    seatwd000: aReply(),
    seatee000: aReply(),
    seatde000: aReply(),
    seatdk000: aReply({ placeCardName: 'H.E. Minister Denmark' }),
    seatfr000: aReply(),
  };
  for (const [guestId, reply] of Object.entries(replies)) {
    await store.saveReply({ ...reply, guestId, reference: `R-${guestId.slice(4, 8).toUpperCase()}-0000` });
  }
  return store;
}

async function post(event: Event, cookie: string, fields: Record<string, string>) {
  return seatingPage(
    adminPost(urls.admin.seating(event), Object.entries(fields), cookie),
    context(OPEN_NOW, {}, event),
  );
}

const get = async (event: Event, cookie: string) =>
  (await seatingPage(
    adminGet(urls.admin.seating(event), cookie),
    context(OPEN_NOW, {}, event),
  )) as SeatingView;

const roundTen = { name: '1', shape: 'round', seats: '10', host: '1', coHost: '6', coHostName: 'Co-host' };
const seatOf = (plan: SeatingPlan, key: PersonKey) => plan.seats[key]?.seat;

describe('the seats of a table', () => {
  it('reads right and left as the seated person does, around a round table and along a long one', () => {
    const round = { shape: 'round' as const, seats: 10 };
    expect([beside(round, 1, 1), beside(round, 1, -1), beside(round, 10, 1)]).toEqual([2, 10, 1]);
    expect(facing(round, 1)).toBe(6);
    const long = { shape: 'long' as const, seats: 12 };
    // Side one 1–6, side two 7–12 facing it: no seat beside the end of a side.
    expect([beside(long, 6, 1), beside(long, 7, -1), beside(long, 3, 1)]).toEqual([null, null, 4]);
    expect([facing(long, 1), facing(long, 6), facing(long, 3)]).toEqual([12, 7, 10]);
  });

  it('orders seats by honour, alternating between the hosts: the host’s right, the co-host’s right, the host’s left, the co-host’s left, outwards', () => {
    expect(seatsByHonour({ shape: 'round', seats: 10, host: 1, coHost: 6 })).toEqual([
      2, 7, 10, 5, 3, 8, 9, 4,
    ]);
    // A host alone: right, left, outwards.
    expect(seatsByHonour({ shape: 'round', seats: 6, host: 1 })).toEqual([2, 6, 3, 5, 4]);
    // Without a host: the head, then its right and left.
    expect(seatsByHonour({ shape: 'round', seats: 6 })).toEqual([1, 2, 6, 3, 5, 4]);
    // A long table with the host in the middle of side one and the co-host facing them.
    expect(seatsByHonour({ shape: 'long', seats: 8, host: 2, coHost: 7 })).toEqual([3, 8, 1, 6, 4, 5]);
  });
});

describe('the seating plan', () => {
  it('seats by precedence: one seat for each person who attends, none for anyone else, companions beside', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await signIn();
    expect(
      ((await post(event, cookie, { action: 'add-table', basis: '0', ...roundTen })) as Response).status,
    ).toBe(303);
    expect(((await post(event, cookie, { action: 'propose', basis: '1' })) as Response).status).toBe(303);
    const { plan, state } = await get(event, cookie);
    expect(plan.version).toBe(2);
    // Belgium, Denmark, Germany, Estonia, France: the host's right (2), the co-host's right (7), the
    // host's left (10), the co-host's left (5), then 3 … with Belgium's companion beside Belgium (3).
    expect(
      ['seatbe000', 'seatdk000', 'seatde000', 'seatee000', 'seatfr000'].map((id) => seatOf(plan, `g:${id}`)),
    ).toEqual([2, 7, 10, 5, 8]);
    expect(seatOf(plan, 'c:seatbe000:0')).toBe(3);
    expect(Object.keys(plan.seats).sort()).toEqual(
      ['c:seatbe000:0', 'g:seatbe000', 'g:seatde000', 'g:seatdk000', 'g:seatee000', 'g:seatfr000'].sort(),
    );
    const places = Object.values(plan.seats).map((seat) => `${seat.table}:${seat.seat}`);
    expect(new Set(places).size).toBe(places.length);
    expect(state.marks).toEqual([]);
    expect(state.unseated).toEqual([]);
    // The kitchen counts the host and the co-host the plan seats, on no guest list.
    expect(await catering(context(OPEN_NOW, {}, event))).toMatchObject({ covers: 6 + 2, hosts: 2 });
  });

  it('moves and swaps people, keeps each version with who and when, and refuses a stale or kept seat', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await signIn(OPEN_NOW, 'Chef de Protocole');
    await post(event, cookie, { action: 'add-table', basis: '0', ...roundTen });
    await post(event, cookie, { action: 'propose', basis: '1' });
    // A swap: France takes Belgium's seat, Belgium France's.
    expect(
      (
        (await post(event, cookie, {
          action: 'move',
          basis: '2',
          person: 'g:seatfr000',
          to: '0:2',
        })) as Response
      ).status,
    ).toBe(303);
    let view = await get(event, cookie);
    expect([seatOf(view.plan, 'g:seatfr000'), seatOf(view.plan, 'g:seatbe000')]).toEqual([2, 8]);
    expect(view.versions.map((version) => [version.version, version.change, version.by])).toEqual([
      [3, 'swapped', 'Chef de Protocole'],
      [2, 'proposed', 'Chef de Protocole'],
      [1, 'tables', 'Chef de Protocole'],
    ]);
    // A page opened before that change: nothing is changed.
    const stale = (await post(event, cookie, {
      action: 'move',
      basis: '2',
      person: 'g:seatde000',
      to: '0:4',
    })) as SeatingView;
    expect(stale).toMatchObject({ status: 409, conflict: true });
    // The host's and co-host's seats are kept.
    const kept = (await post(event, cookie, {
      action: 'move',
      basis: '3',
      person: 'g:seatde000',
      to: '0:6',
    })) as SeatingView;
    expect(kept).toMatchObject({ status: 400, errors: { to: 'kept_seat' } });
    // Freeing a seat, then a move to a free seat.
    await post(event, cookie, { action: 'unseat', basis: '3', person: 'g:seatde000' });
    view = await get(event, cookie);
    expect(view.state.unseated.map((person) => person.key)).toEqual(['g:seatde000']);
    await post(event, cookie, { action: 'move', basis: '4', person: 'g:seatde000', to: '0:4' });
    view = await get(event, cookie);
    expect(seatOf(view.plan, 'g:seatde000')).toBe(4);
    expect(view.plan.version).toBe(5);
  });

  it('marks a seat whose reply changed after seating, and never drops or gives it away by itself', async () => {
    const event = ownEvent();
    const store = await seeded(event);
    const cookie = await signIn();
    await post(event, cookie, { action: 'add-table', basis: '0', ...roundTen });
    await post(event, cookie, { action: 'propose', basis: '1' });
    // Denmark cancels; Germany sends a delegate; Estonia brings a companion.
    await store.saveReply(aReply({ guestId: 'seatdk000', attending: 'no', reference: 'R-DK00-0001' }));
    await store.saveReply(
      aReply({
        guestId: 'seatde000',
        attending: 'delegate',
        delegate: { name: 'State Secretary Germany', position: 'State Secretary' },
        reference: 'R-DE00-0001',
      }),
    );
    await store.putGuest(
      aGuest(
        { id: 'seatee000', name: 'Minister Estonia', country: 'EE', category: first, companions: 1 },
        event,
      ),
    );
    await store.saveReply(
      aReply({ guestId: 'seatee000', companions: [{ name: 'Spouse Estonia' }], reference: 'R-EE00-0001' }),
    );
    let view = await get(event, cookie);
    expect(view.state.marks.map((mark) => [mark.key, mark.kind, mark.now?.name])).toEqual(
      expect.arrayContaining([
        ['g:seatdk000', 'gone', undefined],
        ['g:seatde000', 'changed', 'State Secretary Germany'],
      ]),
    );
    expect(view.state.marks).toHaveLength(2);
    // The seats are still theirs until an organiser decides.
    expect([seatOf(view.plan, 'g:seatdk000'), seatOf(view.plan, 'g:seatde000')]).toEqual([7, 10]);
    expect(view.state.unseated.map((person) => person.key)).toEqual(['c:seatee000:0']);
    // The dashboard says so too, from the list metadata, as the page does: two seats to decide, one
    // companion without a seat (Estonia's own seat stands: the same minister comes).
    expect((await dashboard(context(OPEN_NOW, {}, event))).seating).toEqual({ changed: 2, unseated: 1 });
    // The delegate keeps the minister's seat; Denmark's seat is freed.
    await post(event, cookie, { action: 'accept', basis: '2', person: 'g:seatde000' });
    await post(event, cookie, { action: 'accept', basis: '3', person: 'g:seatdk000' });
    view = await get(event, cookie);
    expect(view.state.marks).toEqual([]);
    expect(seatOf(view.plan, 'g:seatde000')).toBe(10);
    expect(view.plan.seats['g:seatdk000']).toBeUndefined();
    // Decided: the dashboard no longer asks, but for the companion still without a seat.
    expect((await dashboard(context(OPEN_NOW, {}, event))).seating).toEqual({ changed: 0, unseated: 1 });
  });

  it('puts delegates after those who attend in person, spreads the other tables evenly, keeps companions apart on request, and seats only the unseated', async () => {
    const event = ownEvent();
    const store = await seeded(event);
    // Belgium sends a state secretary: by default below every minister.
    await store.saveReply(
      aReply({
        guestId: 'seatbe000',
        attending: 'delegate',
        delegate: { name: 'State Secretary Belgium', position: 'State Secretary' },
        companions: [{ name: 'Spouse Belgium' }],
        reference: 'R-BE00-0001',
      }),
    );
    const cookie = await signIn();
    // A top table of four guest seats, then two tables of three with hosts of their own.
    await post(event, cookie, { action: 'add-table', basis: '0', ...roundTen, seats: '6', coHost: '4' });
    const second = {
      ...roundTen,
      name: '2',
      seats: '4',
      coHost: '',
      coHostName: '',
      hostName: 'Director-General',
    };
    // The event's host sits at one table only: another needs a host of its own.
    const unnamed = (await post(event, cookie, {
      action: 'add-table',
      basis: '1',
      ...second,
      hostName: '',
    })) as SeatingView;
    expect(unnamed).toMatchObject({ status: 400, errors: { hostName: 'host_taken' } });
    await post(event, cookie, { action: 'add-table', basis: '1', ...second });
    await post(event, cookie, {
      action: 'add-table',
      basis: '2',
      ...second,
      name: '3',
      hostName: 'Ambassador',
    });
    await post(event, cookie, { action: 'propose', basis: '3', companions: 'apart' });
    const { plan } = await get(event, cookie);
    const where = (key: PersonKey) =>
      plan.seats[key] ? `${plan.seats[key]?.table}:${plan.seats[key]?.seat}` : '';
    // Ministers DK, DE, EE, FR in the protocol order; the top table's four seats by honour (2, 5, 6, 3),
    // Then the state secretary and the companion, dealt to tables 2 and 3 (seat 2 of each), never beside.
    expect(['g:seatdk000', 'g:seatde000', 'g:seatee000', 'g:seatfr000'].map(where)).toEqual([
      '0:2',
      '0:5',
      '0:6',
      '0:3',
    ]);
    expect([where('g:seatbe000'), where('c:seatbe000:0')]).toEqual(['1:2', '2:2']);

    // Late acceptances are seated in the free seats, everyone else where they are.
    await store.saveReply(aReply({ guestId: 'seatno000', reference: 'R-NO00-0001' }));
    await post(event, cookie, { action: 'move', basis: '4', person: 'g:seatfr000', to: '2:3' });
    await post(event, cookie, { action: 'propose', basis: '5', scope: 'unseated' });
    const after = (await get(event, cookie)).plan;
    expect(after.seats['g:seatfr000']).toMatchObject({ table: 2, seat: 3 });
    expect(after.seats['g:seatdk000']).toMatchObject({ table: 0, seat: 2 });
    expect(after.seats['g:seatno000']).toMatchObject({ table: 0, seat: 3 });
  });

  it('refuses a table it could not draw, naming the field, and changes nothing', async () => {
    const event = ownEvent();
    const cookie = await signIn();
    const refused = (await post(event, cookie, {
      action: 'add-table',
      basis: '0',
      ...roundTen,
      seats: '200',
      coHost: '1',
    })) as SeatingView;
    // Every problem at once: the seats, and the co-host in the host's seat.
    expect(refused).toMatchObject({ status: 400, errors: { seats: 'invalid', coHost: 'same_seat' } });
    const same = (await post(event, cookie, {
      action: 'add-table',
      basis: '0',
      ...roundTen,
      coHost: '1',
    })) as SeatingView;
    expect(same).toMatchObject({ status: 400, errors: { coHost: 'same_seat' } });
    const none = (await post(event, cookie, { action: 'propose', basis: '0' })) as SeatingView;
    expect(none).toMatchObject({ status: 400, errors: { tables: 'no_tables' } });
    expect((await get(event, cookie)).plan.version).toBe(0);
    // No plan, nothing for the dashboard to say.
    expect((await dashboard(context(OPEN_NOW, {}, event))).seating).toBeNull();
  });
});

describe('the place card of whoever attends', () => {
  it('drops the minister’s card name when a delegate comes instead, on the web and when recorded', async () => {
    const { guest, cookie } = await invitedGuest({ name: 'Minister of the Interior', companions: 0 });
    const web = async (body: Record<string, unknown>) =>
      (await handleRsvp(rsvpRequest(body, { cookie }), context(OPEN_NOW))) as Response;
    expect((await web({ attending: 'yes', placeCardName: 'H.E. Milan Chovanec' })).status).toBe(200);
    // The form still holds the minister's card name when the answer becomes a delegate.
    const delegate = { name: 'Jiří Novák', position: 'Deputy Minister' };
    expect(
      (await web({ attending: 'delegate', delegate, placeCardName: 'H.E. Milan Chovanec' })).status,
    ).toBe(200);
    let reply = await eventStore().getReply(guest.id);
    expect(reply?.placeCardName).toBeUndefined();
    expect(reply && diners(reply, guest.name)[0]?.person).toBe('Jiří Novák');
    // A card name given for the delegate stands.
    await web({ attending: 'delegate', delegate, placeCardName: 'M. Jiří Novák' });
    expect((await eventStore().getReply(guest.id))?.placeCardName).toBe('M. Jiří Novák');

    // Recorded by an organiser: back to the minister, the delegate's card name still in the form.
    const organiser = await signIn();
    const basis = (await eventStore().getReply(guest.id))?.reference ?? '';
    await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        [
          ['action', 'record'],
          ['basis', basis],
          ['source', 'email'],
          ['attending', 'yes'],
          ['placeCardName', 'M. Jiří Novák'],
        ],
        organiser,
      ),
      context(OPEN_NOW),
      guest.id,
    );
    reply = await eventStore().getReply(guest.id);
    expect(reply?.attending).toBe('yes');
    expect(reply?.placeCardName).toBeUndefined();
  });
});
