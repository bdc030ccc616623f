import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import type { DoorView, LoginView } from '#server/admin/views.ts';
import { envSchema } from '#schemas/env.ts';
import type { Event } from '#schemas/event.ts';
import { routes, type Route } from '#server/routes.ts';
import { createStore } from '#server/store/store.ts';
import { urls } from '#server/urls.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import { EVENT, OPEN_NOW, adminGet, adminPost, context, nextAddress, signIn } from './support.ts';
import { exportCsv, failureOf, guestPage, handleLogin, organiserRoute, route } from './through.ts';
import { doorPage } from '#server/admin/door.ts';
import { seatingPage } from '#server/admin/seating.ts';
import { eventKeys } from '#server/store/keys.ts';

/**
 * The door (#23): a sign-in of its own that opens the door list only, and arrivals that two phones
 * can tick at once without losing or doubling one. An event of its own (the event under test under
 * another id) keeps other tests' guests out of its list.
 */
const DOOR_PASSWORD = 'door-password-of-the-worker-tests';
const withDoor = { DOOR_PASSWORD };
let made = 0;
const ownEvent = (): Event => ({ ...EVENT, id: `door-${Date.now().toString(36)}-${made++}` });

async function doorSignIn(event: Event, now = OPEN_NOW): Promise<string> {
  const request = new Request(`https://invitation.test${urls.admin.signIn}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': nextAddress(),
    },
    body: new URLSearchParams({
      name: 'Usher at the north door',
      password: DOOR_PASSWORD,
      return: urls.admin.dashboard(event),
    }).toString(),
  });
  // As signIn does: at the test's time, or now where that is long past (KV refuses past expirations).
  const at = now.getTime() < Date.now() - 3_600_000 ? new Date() : now;
  const response = (await handleLogin(request, context(at, withDoor, event))) as Response;
  expect(response.status).toBe(303);
  // The door's sign-in goes to the door list of the event it came from, never the dashboard.
  expect(response.headers.get('Location')).toBe(urls.admin.door(event));
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

async function seeded(event: Event) {
  const store = createStore(env.RSVPS, event);
  const [first = ''] = event.categories;
  for (const [id, name, country, attending] of [
    ['doorgr001', 'Αικατερίνη Παπαδοπούλου', 'EL', 'yes'],
    ['doorie001', 'Seosaimhín Ní Bhriain', 'IE', 'delegate'],
    ['doorno001', 'Minister Regrets', 'AT', 'no'],
  ] as const) {
    await store.putGuest(aGuest({ id, name, country, category: first, companions: 1 }, event));
    await store.saveReply(
      aReply({
        guestId: id,
        attending,
        reference: `R-${id.slice(4, 8).toUpperCase()}-0000`,
        ...(attending === 'delegate'
          ? { delegate: { name: 'Deputy Ireland', position: 'Secretary General' } }
          : {}),
        ...(id === 'doorgr001' ? { companions: [{ name: 'Spouse Greece' }] } : {}),
      }),
    );
  }
  return store;
}

const door = (event: Event, cookie: string, query = '') =>
  organiserRoute(
    '/admin/[event]/door',
    adminGet(`${urls.admin.door(event)}${query}`, cookie),
    context(OPEN_NOW, withDoor, event),
    (organiser) => doorPage(adminGet(`${urls.admin.door(event)}${query}`, cookie), organiser),
  ) as Promise<DoorView | Response>;

const tick = (event: Event, cookie: string, fields: Record<string, string>, json = false) => {
  const make = () =>
    adminPost(
      urls.admin.door(event),
      Object.entries(fields),
      cookie,
      json ? { Accept: 'application/json' } : {},
    );
  return organiserRoute('/admin/[event]/door', make(), context(OPEN_NOW, withDoor, event), (organiser) =>
    doorPage(make(), organiser),
  ) as Promise<Response>;
};

/** A request to `pattern` as a browser would send it (a POST where the route takes only POST). */
function sample(pattern: string, spec: Route, event: Event, cookie: string): Request {
  const path = pattern
    .replace('[event]', event.id)
    .replace('[id]', 'doorgr001')
    .replace('[download]', 'export.csv');
  const post = spec.methods && !spec.methods.includes('GET');
  return post ? adminPost(path, [['action', 'reissue']], cookie) : adminGet(path, cookie);
}

describe('the door’s sign-in', () => {
  it('opens the door list, and every other organisers’ route asks for the organisers’ password', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await doorSignIn(event);
    const list = await door(event, cookie);
    expect(list).toMatchObject({ status: 200, counts: { total: 3 } });
    const refused: string[] = [];
    for (const [pattern, spec] of Object.entries(routes) as [string, Route][]) {
      if (spec.kind !== 'organiser' || spec.door) continue;
      const result = await route(
        pattern as keyof typeof routes,
        sample(pattern, spec, event, cookie),
        context(OPEN_NOW, withDoor, event),
        () => {
          throw new Error(`${pattern} ran for the door's sign-in`);
        },
        { event: event.id, id: 'doorgr001', download: 'export.csv' },
      );
      const failure = failureOf(result);
      if (failure?.kind === 'sign-in' && (failure.view as LoginView).doorOnly) refused.push(pattern);
    }
    const expected = Object.entries(routes)
      .filter(([, spec]) => spec.kind === 'organiser' && !('door' in spec && spec.door))
      .map(([pattern]) => pattern);
    expect(refused.sort()).toEqual(expected.sort());
    expect(expected).toContain('/admin/[event]/[download]');
    expect(expected).toContain('/admin/[event]/guests/[id]');
  });

  it('ends when the door’s password changes, and cannot be the organisers’ password', async () => {
    const event = ownEvent();
    const cookie = await doorSignIn(event);
    const changed = await organiserRoute(
      '/admin/[event]/door',
      adminGet(urls.admin.door(event), cookie),
      context(OPEN_NOW, { DOOR_PASSWORD: 'another-door-password-of-the-tests' }, event),
      () => 'ran',
    );
    expect(failureOf(changed)?.kind).toBe('sign-in');
    const same = envSchema.safeParse({ ...env, DOOR_PASSWORD: env.ADMIN_PASSWORD });
    expect(same.success).toBe(false);
  });
});

describe('arrivals at the door', () => {
  it('lists everyone expected (a delegate with the guest they replace), ticks and undoes, the first tick standing', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await doorSignIn(event);
    const list = (await door(event, cookie)) as DoorView;
    // Nobody who regretted; the delegate in the minister's place; the companion.
    // In the protocol order: Éire/Ireland before Ελλάδα.
    expect(list.rows.map((row) => [row.person.key, row.person.name, row.person.role])).toEqual([
      ['g:doorie001', 'Deputy Ireland', 'delegate'],
      ['g:doorgr001', 'Αικατερίνη Παπαδοπούλου', 'guest'],
      ['c:doorgr001:0', 'Spouse Greece', 'companion'],
    ]);
    expect(list.rows[0]?.person.guest).toBe('Seosaimhín Ní Bhriain');
    // Found by country, by a name without its accents.
    expect(((await door(event, cookie, '?q=greece')) as DoorView).rows).toHaveLength(2);
    expect(
      ((await door(event, cookie, '?q=ni%20bhriain')) as DoorView).rows.map((row) => row.person.key),
    ).toEqual(['g:doorie001']);

    // Two phones tick the same person: the first tick stands, nothing is doubled.
    const early = new Date(OPEN_NOW.getTime() - 60_000).toISOString();
    const first = await tick(event, cookie, { action: 'arrive', person: 'g:doorgr001', at: early }, true);
    expect(await first.json()).toEqual({
      person: 'g:doorgr001',
      arrival: { at: early, by: 'Usher at the north door' },
    });
    const organiser = await signIn(OPEN_NOW, 'Head of Protocol');
    const second = await tick(event, organiser, { action: 'arrive', person: 'g:doorgr001' }, true);
    expect(((await second.json()) as { arrival: { at: string } }).arrival.at).toBe(early);
    // Without JavaScript: the list again, saying who was ticked.
    const form = await tick(event, cookie, { action: 'arrive', person: 'g:doorie001', q: 'bhriain' });
    expect(form.status).toBe(303);
    expect(form.headers.get('Location')).toBe(
      `${urls.admin.door(event)}?q=bhriain&done=arrived&person=g%3Adoorie001#door-notice`,
    );
    let view = (await door(event, cookie, '?done=arrived&person=g%3Adoorie001')) as DoorView;
    expect(view.counts).toEqual({ total: 3, arrived: 2, expected: 1 });
    expect(view.notice).toEqual({ done: 'arrived', name: 'Deputy Ireland' });
    await tick(event, cookie, { action: 'undo', person: 'g:doorie001' });
    view = (await door(event, cookie)) as DoorView;
    expect(view.counts).toEqual({ total: 3, arrived: 1, expected: 2 });

    // Someone not expected cannot be ticked.
    const refused = await tick(event, cookie, { action: 'arrive', person: 'g:doorno001' });
    expect(refused.status).toBe(400);
  });

  it('keeps a late tick’s own time, within twelve hours, and the arrivals reach the exports and the evening’s dashboard', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await doorSignIn(event);
    const hourAgo = new Date(OPEN_NOW.getTime() - 3_600_000).toISOString();
    const late = await tick(event, cookie, { action: 'arrive', person: 'g:doorgr001', at: hourAgo });
    expect(late.status).toBe(303);
    await tick(event, cookie, { action: 'arrive', person: 'c:doorgr001:0', at: '2001-01-01T00:00:00Z' });
    const arrivals = await createStore(env.RSVPS, event).allArrivals();
    expect(arrivals.get('g:doorgr001')?.at).toBe(hourAgo);
    expect(arrivals.get('c:doorgr001:0')?.at).toBe(OPEN_NOW.toISOString());

    const organiser = await signIn(OPEN_NOW, 'Head of Protocol');
    const response = (await exportCsv(
      adminGet(urls.admin.download(event, 'export.csv'), organiser),
      context(OPEN_NOW, {}, event),
    )) as Response;
    const [columns = [], ...lines] = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), {
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    const greek = lines.find((line) => line[0] === 'doorgr001') ?? [];
    expect(greek[columns.indexOf('arrived_at')]).toBe(hourAgo);
    expect(greek[columns.indexOf('companions_arrived')]).toBe('1');

    // Before the evening the dashboard spends nothing on arrivals; on the evening it counts them.
    expect((await dashboard(context(OPEN_NOW, {}, event))).arrived).toBeNull();
    const evening = new Date(Date.parse(event.start) + 3_600_000);
    expect((await dashboard(context(evening, {}, event))).arrived).toBe(2);
  });
});

/** A POST to the seating page of `event` by the organiser signed in with `cookie`, through its route. */
const seatingAs = (event: Event, cookie: string) => (fields: Record<string, string>) =>
  organiserRoute(
    '/admin/[event]/seating',
    adminPost(urls.admin.seating(event), Object.entries(fields), cookie),
    context(OPEN_NOW, {}, event),
    (ctx) => seatingPage(adminPost(urls.admin.seating(event), Object.entries(fields), cookie), ctx),
  );
const aTable = {
  action: 'add-table',
  basis: '0',
  name: '1',
  shape: 'round',
  seats: '8',
  host: '',
  coHost: '',
  coHostName: '',
  hostName: '',
};

describe('what the door keeps, after an outside security review', () => {
  it('logs every tick and undo under a key of its own with the site’s time, takes only ISO times, and logs no undo of nobody', async () => {
    const event = ownEvent();
    await seeded(event);
    const cookie = await doorSignIn(event);
    const at = new Date(OPEN_NOW.getTime() - 60_000).toISOString();
    await tick(event, cookie, { action: 'undo', person: 'g:doorgr001', at });
    await tick(event, cookie, { action: 'arrive', person: 'g:doorgr001', at });
    await tick(event, cookie, { action: 'undo', person: 'g:doorgr001', at });
    await tick(event, cookie, { action: 'arrive', person: 'g:doorie001', at: 'Dec 6 2026 12:00 GMT' });
    const logged = await env.RSVPS.list({ prefix: eventKeys(event).arrivalLog });
    const entries = await Promise.all(
      logged.keys.map(
        async (key) =>
          (await env.RSVPS.get(key.name, 'json')) as { action: string; at: string; received: string },
      ),
    );
    expect(entries.map((entry) => entry.action).sort()).toEqual(['arrived', 'arrived', 'undone']);
    expect(entries.every((entry) => entry.received === OPEN_NOW.toISOString())).toBe(true);
    // A tick kept on the phone through a change of hands: the log names who made it and who sent it.
    await tick(event, cookie, { action: 'arrive', person: 'c:doorgr001:0', at, as: 'Usher who left' });
    const all = await env.RSVPS.list({ prefix: eventKeys(event).arrivalLog });
    const handed = await Promise.all(
      all.keys.map(async (key) => (await env.RSVPS.get(key.name, 'json')) as { as?: string; by: string }),
    );
    expect(handed.filter((entry) => entry.as)).toEqual([
      expect.objectContaining({ as: 'Usher who left', by: 'Usher at the north door' }),
    ]);
    // A time not written as a phone's clock writes it is the site's.
    expect((await createStore(env.RSVPS, event).allArrivals()).get('g:doorie001')?.at).toBe(
      OPEN_NOW.toISOString(),
    );
  });

  it('ties a door sign-in to its event: another event’s door list asks for a sign-in', async () => {
    const event = ownEvent();
    const other = ownEvent();
    const cookie = await doorSignIn(event);
    const result = await organiserRoute(
      '/admin/[event]/door',
      adminGet(urls.admin.door(other), cookie),
      context(OPEN_NOW, withDoor, other),
      () => 'ran',
    );
    const failure = failureOf(result);
    expect(failure?.kind === 'sign-in' && (failure.view as LoginView).doorOnly).toBe(true);
  });

  it('erases a guest’s arrivals and seats with the guest; the plan’s history keeps positions, no fingerprints', async () => {
    const event = ownEvent();
    const store = await seeded(event);
    const cookie = await doorSignIn(event);
    await tick(event, cookie, { action: 'arrive', person: 'g:doorgr001' });
    await tick(event, cookie, { action: 'arrive', person: 'c:doorgr001:0' });
    const organiser = await signIn(OPEN_NOW, 'Head of Protocol');
    const seating = seatingAs(event, organiser);
    await seating(aTable);
    await seating({ action: 'propose', basis: '1' });
    expect((await store.getSeating()).seats['g:doorgr001']).toBeDefined();
    const erase = () =>
      guestPage(
        adminPost(
          urls.admin.guest(event, 'doorgr001'),
          [
            ['action', 'erase'],
            ['confirm', 'doorgr001'],
          ],
          organiser,
        ),
        context(OPEN_NOW, {}, event),
        'doorgr001',
      );
    expect(((await erase()) as Response).status).toBe(303);
    const arrivals = await store.allArrivals();
    expect([...arrivals.keys()].filter((key) => key.includes('doorgr001'))).toEqual([]);
    const logged = await env.RSVPS.list({ prefix: eventKeys(event).arrivalLog });
    expect(logged.keys.filter((key) => key.name.includes('doorgr001'))).toEqual([]);
    const plan = await store.getSeating();
    expect(Object.keys(plan.seats).filter((key) => key.includes('doorgr001'))).toEqual([]);
    const versions = await env.RSVPS.list({ prefix: eventKeys(event).seatingHistory });
    for (const key of versions.keys) expect(await env.RSVPS.get(key.name)).not.toMatch(/"who"|"reference"/);
  });

  it('refuses to remove a table the form does not name exactly', async () => {
    const event = ownEvent();
    const organiser = await signIn(OPEN_NOW, 'Head of Protocol');
    const post = seatingAs(event, organiser);
    await post(aTable);
    for (const table of ['', ' 0', '0x0', '1e0'])
      expect(await post({ action: 'remove-table', basis: '1', table })).toMatchObject({
        status: 400,
        errors: { table: 'invalid_choice' },
      });
    expect((await createStore(env.RSVPS, event).getSeating()).tables).toHaveLength(1);
  });
});
