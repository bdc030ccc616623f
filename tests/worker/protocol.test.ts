import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { filterGuests, guestQuery } from '#server/admin/guest-filter.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import type { PrintView } from '#server/admin/views.ts';
import { importGuests, parseGuestList } from '#server/guest-list/guest-import.ts';
import { problemText } from '#server/guest-list/problem-text.ts';
import { inProtocolOrder, memberStateOrder, type Ranked } from '#server/protocol/order.ts';
import { urls } from '#server/urls.ts';
import type { Event } from '#schemas/event.ts';
import { EVENT, OPEN_NOW, adminGet, adminPost, context, eventStore, signIn } from './support.ts';
import { backupJson, exportCsv, guestPage, printList } from './through.ts';

/**
 * The order of precedence (docs/design.md, "Protocol order") inside workerd: the EU protocol order
 * of the Member States is the product's (Interinstitutional Style Guide, 7.1.2), so these tests
 * place the event under test on dates of their choosing; its categories are its own.
 */
const on = (start: string, timeZone: string, protocol?: Event['protocol']): Event => ({
  ...EVENT,
  start,
  timeZone,
  ...(protocol ? { protocol } : { protocol: undefined }),
});
const autumn2014 = '2014-10-08T19:00:00+02:00';

/** The 28 Member States of 2014 in the Style Guide's order: by their names in their own languages. */
const ORDER_2014 = [
  'BE', 'BG', 'CZ', 'DK', 'DE', 'EE', 'IE', 'EL', 'ES', 'FR', 'HR', 'IT', 'CY', 'LV',
  'LT', 'LU', 'HU', 'MT', 'NL', 'AT', 'PL', 'PT', 'RO', 'SI', 'SK', 'FI', 'SE', 'UK',
]; // prettier-ignore

const [first = '', second = first] = EVENT.categories;
const person = (id: string, overrides: Partial<Ranked> = {}): Ranked => ({
  id,
  name: `Guest ${id}`,
  category: first,
  ...overrides,
});
const ids = (items: Ranked[], event: Event) =>
  inProtocolOrder(items, (item) => item, event).map((item) => item.id);

describe('the order of precedence', () => {
  it('puts the 28 Member States of 2014 in the EU protocol order, whatever order the list gives', () => {
    const event = on(autumn2014, 'Europe/Brussels');
    expect(memberStateOrder(event)).toEqual(ORDER_2014);
    const shuffled = [...ORDER_2014]
      .reverse()
      .map((code) => person(`m${code}`, { country: code, name: `A ${code}` }));
    expect(ids(shuffled, event)).toEqual(ORDER_2014.map((code) => `m${code}`));
  });

  it('puts the Presidency of the event’s date first where the event says so, and only then', () => {
    expect(memberStateOrder(on(autumn2014, 'Europe/Brussels', { presidencyFirst: true }))).toEqual([
      'IT',
      ...ORDER_2014.filter((code) => code !== 'IT'),
    ]);
    // The first half of 2014: Greece.
    expect(
      memberStateOrder(on('2014-03-20T19:00:00+01:00', 'Europe/Brussels', { presidencyFirst: true }))[0],
    ).toBe('EL');
    // The date is the event's own: 1 July 2014 in Brussels is still 30 June in New York.
    expect(
      memberStateOrder(on('2014-06-30T20:00:00-04:00', 'America/New_York', { presidencyFirst: true }))[0],
    ).toBe('EL');
    // An event may name the Presidency, and without presidencyFirst the order is the plain one.
    expect(
      memberStateOrder(on(autumn2014, 'Europe/Brussels', { presidencyFirst: true, presidency: 'LU' }))[0],
    ).toBe('LU');
    expect(memberStateOrder(on(autumn2014, 'Europe/Brussels', { presidencyFirst: false }))[0]).toBe('BE');
  });

  it('counts the Member States of the event’s date: Croatia from July 2013, the United Kingdom until January 2020', () => {
    expect(memberStateOrder(on('2013-06-20T19:00:00+02:00', 'Europe/Brussels'))).not.toContain('HR');
    expect(memberStateOrder(on('2013-07-20T19:00:00+02:00', 'Europe/Brussels'))).toContain('HR');
    const after = memberStateOrder(
      on('2027-03-18T08:00:00+02:00', 'Europe/Helsinki', { presidencyFirst: true }),
    );
    expect(after).toHaveLength(27);
    expect(after).not.toContain('UK');
    expect(after[0]).toBe('LT');
  });

  it('orders categories as the event lists them, then Member States, other countries by name, no country, names', () => {
    const event = on(autumn2014, 'Europe/Brussels');
    const items = [
      person('nocountry', { name: 'Aaron' }),
      person('us', { country: 'US', name: 'Zed' }),
      person('ch', { country: 'CH', name: 'Zed' }),
      person('se', { country: 'SE', name: 'Zed' }),
      person('be', { country: 'BE', name: 'Zed' }),
      person('later', { category: second, country: 'BE', name: 'Aaron' }),
    ];
    const order = ids(items, event);
    // Switzerland before the United States (their English names), both after every Member State.
    expect(order.slice(0, 5)).toEqual(['be', 'se', 'ch', 'us', 'nocountry']);
    if (second !== first) expect(order.at(-1)).toBe('later');
  });

  it('lets an explicit precedence win over the computed place, across categories', () => {
    const event = on(autumn2014, 'Europe/Brussels', { presidencyFirst: true });
    const items = [
      person('it', { country: 'IT' }),
      person('be', { country: 'BE' }),
      person('fr', { country: 'FR' }),
      person('de', { country: 'DE' }),
      person('host', { category: EVENT.categories.at(-1) ?? first, precedence: 1 }),
      person('third', { country: 'UK', precedence: 3 }),
      person('beyond', { country: 'BE', precedence: 500 }),
    ];
    expect(ids(items, event)).toEqual(['host', 'it', 'third', 'be', 'de', 'fr', 'beyond']);
  });
});

describe('the protocol order on the organisers’ pages and files', () => {
  const header = 'id,name,position,organisation,email,language,category,companions';
  const lang = EVENT.original;
  const csv = [
    `${header},precedence,country`,
    `prot0fr00,Minister France,Minister,Government,,${lang},${first},0,,fr`,
    `prot0gr00,Minister Greece,Minister,Government,,${lang},${first},0,,GR`,
    `prot0be00,Minister Belgium,Minister,Government,,${lang},${first},0,,be`,
    `prot0host,The Host,Host,Institution,,${lang},${EVENT.categories.at(-1)},0,1,`,
  ].join('\n');
  const mine = (id: string) => id.startsWith('prot0');

  async function imported() {
    const parsed = parseGuestList(csv, EVENT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.optional).toEqual(['precedence', 'country']);
    await importGuests(eventStore(), parsed.rows, parsed.optional);
  }

  it('reads country and precedence from the guest list, in EU form, and keeps them when a later file has no such column', async () => {
    await imported();
    expect(await eventStore().getGuest('prot0gr00')).toMatchObject({ country: 'EL' });
    expect(await eventStore().getGuest('prot0host')).toMatchObject({ precedence: 1 });
    const again = parseGuestList(
      `${header}\nprot0gr00,Minister Greece,Minister,Government,,${lang},${first},0`,
      EVENT,
    );
    if (!again.ok) throw new Error('refused');
    await importGuests(eventStore(), again.rows, again.optional);
    expect(await eventStore().getGuest('prot0gr00')).toMatchObject({ country: 'EL' });
    // A file with the column and an empty cell clears it.
    const cleared = parseGuestList(
      `${header},country\nprot0gr00,Minister Greece,Minister,Government,,${lang},${first},0,`,
      EVENT,
    );
    if (!cleared.ok) throw new Error('refused');
    await importGuests(eventStore(), cleared.rows, cleared.optional);
    expect((await eventStore().getGuest('prot0gr00'))?.country).toBeUndefined();
  });

  it('refuses an unknown country or a place that is not a whole number, naming the column', () => {
    const bad = parseGuestList(
      `${header},country,precedence\nxbad001,A,,,,${lang},${first},0,XX,\nxbad002,B,,,,${lang},${first},0,,0\nxbad003,C,,,,${lang},${first},0,,1.5`,
      EVENT,
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'country', code: 'invalid_choice' },
        { row: 3, column: 'precedence', code: 'invalid' },
        { row: 4, column: 'precedence', code: 'invalid' },
      ],
    });
    expect(parseGuestList(`${header},country,country\n`, EVENT)).toMatchObject({ ok: false });
    // The page and the command line say what the column takes.
    expect(problemText({ row: 2, column: 'country', code: 'invalid_choice' }, EVENT)).toMatch(
      /^Row 2, column country: .*EL for Greece/,
    );
    expect(problemText({ row: 3, column: 'precedence', code: 'invalid' }, EVENT)).toMatch(
      /whole number from 1 to 99999/,
    );
  });

  it('lists, prints and exports in the order of precedence, with the country and the place', async () => {
    await imported();
    const expected = ['prot0host', 'prot0be00', 'prot0gr00', 'prot0fr00'];
    const view = await dashboard(context());
    const sorted = filterGuests(
      view.guests,
      guestQuery(new URL('https://x.test/?sort=protocol'), EVENT),
      EVENT,
    );
    expect(sorted.map((row) => row.id).filter(mine)).toEqual(expected);
    expect(view.guests.find((row) => row.id === 'prot0gr00')).toMatchObject({ country: 'EL' });

    const cookie = await signIn();
    const print = (await printList(adminGet(urls.admin.print(EVENT), cookie), context())) as PrintView;
    const printed = print.groups.flatMap((group) => group.rows);
    expect(printed.map((row) => row.guest.id).filter(mine)).toEqual(expected);
    expect(printed.map((row) => row.place)).toEqual(printed.map((_, index) => index + 1));

    const response = (await exportCsv(
      adminGet(urls.admin.download(EVENT, 'export.csv'), cookie),
      context(),
    )) as Response;
    const parsed = Papa.parse<string[]>(await response.text(), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [head = [], ...rows] = parsed.data;
    expect(head.slice(6, 9)).toEqual(['category', 'country', 'precedence']);
    const mineRows = rows.filter((row) => mine(row[0] ?? ''));
    expect(mineRows.map((row) => row[0])).toEqual(expected);
    expect(mineRows.map((row) => [row[7], row[8]])).toEqual([
      ['', '1'],
      ['BE', ''],
      ['EL', ''],
      ['FR', ''],
    ]);

    const backup = (await backupJson(
      adminGet(urls.admin.download(EVENT, 'backup.json'), cookie),
      context(),
    )) as Response;
    const guests = ((await backup.json()) as { guests: { id: string; country?: string }[] }).guests;
    expect(guests.find((guest) => guest.id === 'prot0be00')?.country).toBe('BE');
  });

  it('sets and clears the country and the place on the guest’s page, and refuses bad ones with the field named', async () => {
    await imported();
    const cookie = await signIn();
    const guest = await eventStore().getGuest('prot0fr00');
    if (!guest) throw new Error('not imported');
    const fields = (country: string, precedence: string): [string, string][] => [
      ['action', 'edit'],
      ['name', guest.name],
      ['position', guest.position],
      ['organisation', guest.organisation],
      ['email', guest.email],
      ['language', guest.language],
      ['category', guest.category],
      ['companions', String(guest.companions)],
      ['country', country],
      ['precedence', precedence],
    ];
    const path = urls.admin.guest(EVENT, guest.id);
    const saved = (await guestPage(
      adminPost(path, fields('MT', '2'), cookie),
      context(OPEN_NOW),
      guest.id,
    )) as Response;
    expect(saved.status).toBe(303);
    expect(await eventStore().getGuest(guest.id)).toMatchObject({ country: 'MT', precedence: 2 });
    const refused = await guestPage(
      adminPost(path, fields('ZZ', 'first'), cookie),
      context(OPEN_NOW),
      guest.id,
    );
    expect(refused).toMatchObject({
      status: 400,
      detailErrors: { country: 'invalid_choice', precedence: 'invalid' },
    });
    expect(await eventStore().getGuest(guest.id)).toMatchObject({ country: 'MT', precedence: 2 });
    await guestPage(adminPost(path, fields('', ''), cookie), context(OPEN_NOW), guest.id);
    const cleared = await eventStore().getGuest(guest.id);
    expect([cleared?.country, cleared?.precedence]).toEqual([undefined, undefined]);
  });
});
