import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { catering } from '#server/admin/catering.ts';
import { kitchenColumns, kitchenRows } from '#server/admin/kitchen.ts';
import { adminTranslator } from '#i18n/index.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import { replyToFormValues } from '#server/invitee/reply-values.ts';
import { createStore, type ReplySummary } from '#server/store/store.ts';
import { eventKeys } from '#server/store/keys.ts';
import { urls } from '#server/urls.ts';
import type { Event } from '#schemas/event.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import {
  EVENT,
  OPEN_NOW,
  adminGet,
  adminPost,
  context,
  eventStore,
  expectView,
  form,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
} from './support.ts';
import { downloadFile, failureOf, handleRsvp, seatingPage } from './through.ts';

/**
 * The kitchen's food allergies (#23): the 14 allergens of Regulation (EU) No 1169/2011, Annex II,
 * each with a "severe" mark, from the form to the catering page, in workerd over the real KV.
 */
const FORM = 'application/x-www-form-urlencoded';
const a = adminTranslator();
/** The reply form sent without JavaScript, with the invitation cookie. */
const sendForm = (fields: [string, string][], cookie: string, ctx = context()) =>
  handleRsvp(rsvpRequest(form(fields), { cookie, type: FORM }), ctx);
let made = 0;
const ownEvent = (): Event => ({
  ...EVENT,
  id: `allergy-${Date.now().toString(36)}-${made++}`,
  protocol: { presidencyFirst: false },
});

describe('food allergies in the reply', () => {
  it('are taken from the form without JavaScript, a "severe allergy" ticked alone counting as the allergen', async () => {
    const { guest, cookie } = await invitedGuest({ companions: 1 });
    const view = expectView(
      await sendForm(
        [
          ['attending', 'yes'],
          ['allergens', 'milk'],
          ['severeAllergens', 'peanuts'],
          ['companions.0.name', 'Adviser'],
          ['companions.0.allergens', 'sesame'],
          ['companions.0.severeAllergens', 'sesame'],
          ['companions.0.allergens', 'crustaceans'],
        ],
        cookie,
      ),
      'confirmed',
      200,
    );
    const expected = {
      attending: 'yes',
      allergens: ['peanuts', 'milk'],
      severeAllergens: ['peanuts'],
      companions: [{ name: 'Adviser', allergens: ['crustaceans', 'sesame'], severeAllergens: ['sesame'] }],
    };
    expect(view.reply).toMatchObject(expected);
    const stored = await eventStore().getReply(guest.id);
    expect(stored).toMatchObject(expected);
    // The form to change the reply has every box ticked as it was.
    expect(replyToFormValues(stored ?? view.reply)).toMatchObject({
      allergens: ['peanuts', 'milk'],
      severeAllergens: ['peanuts'],
      'companions.0.allergens': ['crustaceans', 'sesame'],
      'companions.0.severeAllergens': ['sesame'],
    });
  });

  it('refuses an allergen that is not one of the 14, at its own field, keeps what was typed and writes nothing', async () => {
    const { cookie } = await invitedGuest();
    const before = await snapshot();
    const view = expectView(
      await sendForm(
        [
          ['attending', 'yes'],
          ['allergens', 'milk'],
          ['severeAllergens', 'shellfish'],
        ],
        cookie,
      ),
      'form',
      400,
    );
    expect(view.errors).toEqual({ 'severeAllergens.0': 'invalid_choice' });
    expect(view.values).toMatchObject({ allergens: 'milk', severeAllergens: 'shellfish' });
    expect(await snapshot()).toEqual(before);
  });

  it('are refused where the event does not ask for dietary requirements', async () => {
    const { cookie } = await invitedGuest();
    const before = await snapshot();
    const bare = { ...EVENT, options: { ...EVENT.options, dietary: false } };
    const view = expectView(
      await sendForm(
        [
          ['attending', 'yes'],
          ['severeAllergens', 'eggs'],
        ],
        cookie,
        context(OPEN_NOW, {}, bare),
      ),
      'form',
      400,
    );
    expect(Object.keys(view.errors)).toEqual(expect.arrayContaining(['allergens', 'severeAllergens']));
    expect(await snapshot()).toEqual(before);
  });
});

describe('the catering page', () => {
  it('lists allergies by person and seat, severe ones first, then table by table, then those without a seat', async () => {
    const event = ownEvent();
    const store = createStore(env.RSVPS, event);
    const [category = ''] = event.categories;
    const people = [
      // In protocol order (by country), so the plan seats Belgium first, then Denmark, then Germany.
      { id: 'allbe0000', name: 'Minister Belgium', country: 'BE', companions: 1 },
      { id: 'alldk0000', name: 'Minister Denmark', country: 'DK' },
      { id: 'allde0000', name: 'Minister Germany', country: 'DE' },
      { id: 'allee0000', name: 'Minister Estonia', country: 'EE' },
      { id: 'allfr0000', name: 'Minister France', country: 'FR' },
    ];
    for (const person of people)
      await store.putGuest(aGuest({ ...person, category, companions: person.companions ?? 0 }, event));
    const replies = {
      // An allergy alone, without a dietary requirement, still makes a special meal.
      allbe0000: aReply({
        dietary: [],
        allergens: ['milk'],
        companions: [{ name: 'Spouse Belgium', allergens: ['fish', 'eggs'], severeAllergens: ['fish'] }],
      }),
      alldk0000: aReply({ dietary: ['vegan'] }),
      allde0000: aReply({ dietary: [], allergens: ['peanuts', 'nuts'], severeAllergens: ['peanuts'] }),
      allee0000: aReply({ dietary: [], allergens: ['celery'] }),
      allfr0000: aReply({ dietary: [] }),
    };
    for (const [guestId, reply] of Object.entries(replies))
      await store.saveReply({ ...reply, guestId, reference: `R-${guestId.slice(3, 7).toUpperCase()}-0000` });

    const cookie = await signIn();
    const post = async (fields: Record<string, string>) =>
      expect(
        (
          (await seatingPage(
            adminPost(urls.admin.seating(event), Object.entries(fields), cookie),
            context(OPEN_NOW, {}, event),
          )) as Response
        ).status,
      ).toBe(303);
    await post({ action: 'add-table', basis: '0', name: 'Schuman', shape: 'round', seats: '10', host: '1' });
    await post({ action: 'propose', basis: '1' });
    // Estonia's minister loses the seat: listed after the seated, by name.
    await post({ action: 'unseat', basis: '2', person: 'g:allee0000' });

    const meals = await catering(context(OPEN_NOW, {}, event));
    const plan = await store.getSeating();
    const seatOf = (key: string) => plan.seats[key as keyof typeof plan.seats]?.seat ?? 0;
    const severe = [
      ['Minister Germany', 'g:allde0000'],
      ['Spouse Belgium', 'c:allbe0000:0'],
    ].sort(([, x = ''], [, y = '']) => seatOf(x) - seatOf(y));
    expect(meals.allergies.map(({ diner, seat }) => [diner.person, seat])).toEqual([
      ...severe.map(([person, key = '']) => [person, { table: 'Schuman', seat: seatOf(key) }]),
      ['Minister Belgium', { table: 'Schuman', seat: seatOf('g:allbe0000') }],
      ['Minister Estonia', undefined],
    ]);
    expect(seatOf('g:allde0000') * seatOf('c:allbe0000:0') * seatOf('g:allbe0000')).toBeGreaterThan(0);
    expect(meals.byAllergen).toEqual({
      milk: { people: 1, severe: 0 },
      fish: { people: 1, severe: 1 },
      eggs: { people: 1, severe: 0 },
      peanuts: { people: 1, severe: 1 },
      nuts: { people: 1, severe: 0 },
      celery: { people: 1, severe: 0 },
    });
    // Six people at table and the host; five of them eat specially (an allergy alone counts).
    expect(meals).toMatchObject({ covers: 6 + 1, hosts: 1, special: 5, severe: 2, unseated: 1 });
    // The table's sheet: the host and the five seated, of whom four are served differently, by seat.
    const [schuman] = meals.tables;
    expect(meals.tables).toHaveLength(1);
    expect(schuman).toMatchObject({ name: 'Schuman', covers: 5 + 1, hosts: 1 });
    expect(schuman?.specials.map(({ diner }) => diner.person)).toEqual(
      ['Minister Belgium', 'Spouse Belgium', 'Minister Denmark', 'Minister Germany'].sort(
        (x, y) =>
          seatOf(schuman?.specials.find(({ diner }) => diner.person === x)?.diner.key ?? '') -
          seatOf(schuman?.specials.find(({ diner }) => diner.person === y)?.diner.key ?? ''),
      ),
    );
    expect(schuman?.specials.map(({ seat, diner }) => seat === seatOf(diner.key))).not.toContain(false);

    // The kitchen's list for a spreadsheet: one row a person served differently, by table and seat,
    // then those without a seat; the severe allergies in a column of their own, in words.
    const rows = kitchenRows(meals);
    expect(rows[0]).toEqual(kitchenColumns.map((column) => a(column)));
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
      ...(schuman?.specials ?? []).map(({ seat, diner }) => ['Schuman', String(seat), diner.person]),
      ['', '', 'Minister Estonia'],
    ]);
    expect(rows.find((row) => row[2] === 'Spouse Belgium')?.slice(5, 8)).toEqual(['Fish', 'Eggs', '']);
    expect(rows.find((row) => row[2] === 'Minister Denmark')?.slice(5, 8)).toEqual(['', '', 'Vegan']);
    const file = (await downloadFile(
      'kitchen.xlsx',
      adminGet(urls.admin.download(event, 'kitchen.xlsx'), cookie),
      context(OPEN_NOW, {}, event),
    )) as Response;
    expect(file.headers.get('Content-Disposition')).toContain(`${event.id}-kitchen.xlsx`);
    const sheet = strFromU8(
      unzipSync(new Uint8Array(await file.arrayBuffer()))['xl/worksheets/sheet1.xml'] ?? new Uint8Array(),
    );
    expect(sheet).toContain('Spouse Belgium');
    expect(sheet).toContain('Minister Estonia');
    // An event that asks for no dietary requirements has no kitchen's list.
    const bare = { ...event, options: { ...event.options, dietary: false } };
    expect(
      failureOf(
        await downloadFile(
          'kitchen.xlsx',
          adminGet(urls.admin.download(bare, 'kitchen.xlsx'), cookie),
          context(OPEN_NOW, {}, bare),
        ),
      ),
    ).toMatchObject({ status: 404 });

    // The dashboard counts them from the list metadata alone.
    expect((await dashboard(context(OPEN_NOW, {}, event))).allergens).toEqual({
      milk: 1,
      fish: 1,
      eggs: 1,
      peanuts: 1,
      nuts: 1,
      celery: 1,
    });
  });

  it('counts a reply stored with the dietary codes of earlier versions as the allergens they stood for', async () => {
    const event = ownEvent();
    const store = createStore(env.RSVPS, event);
    await store.putGuest(aGuest({ id: 'allold000' }, event));
    const reply = aReply({ guestId: 'allold000', reference: 'R-OLDX-0000' });
    // As an earlier version wrote it: the codes in the reply and in its metadata.
    const old = { ...reply, dietary: ['vegetarian', 'nut_allergy'] };
    const metadata: ReplySummary = {
      a: 'yes',
      c: 0,
      d: { vegetarian: 1, nut_allergy: 1 } as ReplySummary['d'],
      f: 0,
      r: old.reference,
      s: 'web',
      u: old.updatedAt,
    };
    await env.RSVPS.put(eventKeys(event).reply('allold000'), JSON.stringify(old), { metadata });
    expect((await dashboard(context(OPEN_NOW, {}, event))).allergens).toEqual({ peanuts: 1, nuts: 1 });
    expect((await dashboard(context(OPEN_NOW, {}, event))).dietary).toEqual({ vegetarian: 1 });
    const meals = await catering(context(OPEN_NOW, {}, event));
    expect(meals.allergies.map(({ diner }) => diner.allergens)).toEqual([['peanuts', 'nuts']]);
    expect(meals.byCode).toEqual({ vegetarian: [expect.objectContaining({ guestId: 'allold000' })] });
  });
});
