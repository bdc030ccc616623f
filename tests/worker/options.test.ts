/**
 * What changes when an event leaves parts of the reply out (event.yaml `options`): the other
 * worker tests run with every part on; these run the event under test with every part off, and
 * with its options as shipped.
 */
import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { exportColumnsOf } from '#server/admin/export.ts';
import { digestText } from '#server/mail/digest.ts';
import { parseGuestList } from '#server/guest-list/guest-import.ts';
import { urls } from '#server/urls.ts';
import { withOptions } from '#tests/support/events.ts';
import {
  SHIPPED,
  adminGet,
  context,
  eventStore,
  expectError,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
} from './support.ts';
import { cateringPage, exportCsv, failureOf, handleRsvp } from './through.ts';

/** The event under test asking for attendance only. */
const BARE = withOptions(SHIPPED, {
  delegates: false,
  companions: false,
  defaultCompanions: 0,
  dietary: false,
  access: false,
  placeCards: false,
});

describe('an event that asks for attendance only', () => {
  it('refuses each part it does not ask for with 400 validation_failed at that field, writing nothing', async () => {
    const { cookie } = await invitedGuest({ companions: 0 });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [
        { attending: 'delegate', delegate: { name: 'Deputy', position: 'State Secretary' } },
        { attending: 'invalid_choice' },
      ],
      [{ attending: 'yes', placeCardName: 'H.E. the Minister' }, { placeCardName: 'unknown_field' }],
      [{ attending: 'yes', companions: [{ name: 'Adviser' }] }, { companions: 'companions_not_allowed' }],
      [{ attending: 'yes', dietary: ['vegan'] }, { dietary: 'unknown_field' }],
      [{ attending: 'yes', dietaryNotes: 'No nuts' }, { dietaryNotes: 'unknown_field' }],
      [{ attending: 'yes', accessibility: 'Step-free' }, { accessibility: 'unknown_field' }],
    ];
    for (const [body, fields] of cases) {
      const before = await snapshot();
      const error = await expectError(
        await handleRsvp(rsvpRequest(body, { cookie }), context(undefined, {}, BARE)),
        400,
        'validation_failed',
      );
      expect(error.fields, JSON.stringify(body)).toEqual(fields);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('stores the parts it asks for: attendance, who replied and a comment', async () => {
    const { guest, cookie } = await invitedGuest({ companions: 0 });
    const body = {
      attending: 'yes',
      respondent: { name: 'Private Office', email: 'office@example.org' },
      comment: 'Arriving at 08:15.',
    };
    const result = await handleRsvp(rsvpRequest(body, { cookie }), context(undefined, {}, BARE));
    expect(result.status).toBe(200);
    expect(await eventStore().getReply(guest.id)).toMatchObject({ ...body, companions: [] });
    expect((await eventStore().getReply(guest.id))?.dietary ?? []).toEqual([]);
  });

  it('imports no companions, and names the column', () => {
    const header = 'id,name,position,organisation,email,language,category,companions';
    const parsed = parseGuestList(
      `${header}\nbare00001,A Guest,,,,${SHIPPED.original},${SHIPPED.categories[0]},1`,
      BARE,
    );
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: 'companions', code: 'companions_not_allowed' }],
    });
  });

  it('has no catering page, and exports no column of a part it does not ask for', async () => {
    const cookie = await signIn();
    const meals = await cateringPage(
      adminGet(urls.admin.catering(BARE), cookie),
      context(undefined, {}, BARE),
    );
    expect(failureOf(meals)).toMatchObject({ kind: 'page', status: 404 });

    const csv = await (
      await exportCsv(adminGet(urls.admin.download(BARE, 'export.csv'), cookie), context(undefined, {}, BARE))
    ).text();
    const header = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]
      ?.split(',');
    expect(header).toEqual(exportColumnsOf(BARE));
    for (const column of ['delegate_name', 'place_card_name', 'dietary', 'accessibility', 'companions'])
      expect(header).not.toContain(column);
    expect(header).toEqual(expect.arrayContaining(['id', 'name', 'attending', 'comment', 'reference']));
  });
});

describe('the daily digest of an event', () => {
  it('counts only the parts the event asks for: no delegates or companions where it has none', async () => {
    const bare = context(undefined, {}, BARE);
    const text = digestText(await dashboard(bare), null, bare).text;
    expect(text).toMatch(
      /^Invited \d+: attending \d+, not attending \d+, no reply yet \d+\. People expected \d+\.$/m,
    );
    expect(text).not.toMatch(/delegate|companion/i);
    const full = context();
    expect(digestText(await dashboard(full), null, full).text).toMatch(
      /^Invited \d+: attending \d+, sending a delegate \d+, not attending \d+, no reply yet \d+\. People expected \d+ \(companions: \d+\)\.$/m,
    );
  });
});

describe('the event under test as shipped', () => {
  it('offers its catering page only where it asks for dietary needs or access', async () => {
    const cookie = await signIn();
    const meals = await cateringPage(
      adminGet(urls.admin.catering(SHIPPED), cookie),
      context(undefined, {}, SHIPPED),
    );
    const asks = SHIPPED.options.dietary || SHIPPED.options.access;
    const failure = failureOf(meals);
    expect(failure?.kind === 'page' ? failure.status : 200).toBe(asks ? 200 : 404);
  });
});
