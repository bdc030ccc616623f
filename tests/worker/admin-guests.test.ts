import { cookieNames } from '#server/http/cookies.ts';
import { urls } from '#server/urls.ts';
import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { catering } from '#server/admin/catering.ts';
import { dashboard } from '#server/admin/dashboard.ts';
import { exportColumns } from '#server/admin/export.ts';
import { XLSX_TYPE } from '#server/files/xlsx.ts';
import { createStore } from '#server/store/store.ts';
import { backupSchema } from '#schemas/backup.ts';
import { aReply } from '#tests/support/fixtures.ts';
import {
  EVENT,
  OPEN_NOW,
  SITE,
  adminGet,
  adminPost,
  context,
  form,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
  keys,
  openIso,
  openAt,
} from './support.ts';
import { type GuestPageView, type NewGuestView, type PrintView } from '#server/admin/views.ts';
import {
  backupJson,
  exportCsv,
  exportXlsx,
  guestPage,
  handleRsvp,
  linksCsv,
  newGuestPage,
  openInvitation,
  printList,
  failureOf,
} from './through.ts';

const store = () => createStore(env.RSVPS, EVENT);
const T0 = new Date();
/** Two languages of the event (one where it has one only), for a guest's language and a change of it. */
const [FIRST, SECOND] = [EVENT.languages[0] ?? 'en', EVENT.languages.at(-1) ?? 'en'];

/** The add/edit form's fields, with these values. */
const details = (values: Partial<Record<string, string>> = {}): [string, string][] =>
  Object.entries({
    name: 'Minister for Justice and Equality of Ireland',
    position: 'Minister for Justice and Equality',
    organisation: 'Department of Justice and Equality',
    email: '',
    language: FIRST,
    category: EVENT.categories[0] ?? '',
    companions: '0',
    ...values,
  }) as [string, string][];

const uniqueEmail = () => `office-${crypto.randomUUID().slice(0, 8)}@justice.example`;

describe('adding a guest from the organisers’ page', () => {
  it('adds the guest with a new opaque id, whose personal link then works', async () => {
    const cookie = await signIn(T0);
    const email = uniqueEmail();
    const response = (await newGuestPage(
      adminPost(urls.admin.newGuest(EVENT), details({ email: email.toUpperCase() }), cookie),
      context(T0),
    )) as Response;
    expect(response.status).toBe(303);
    const id = new RegExp(`^/admin/${EVENT.id}/guests/([a-z0-9]+)\\?done=added$`).exec(
      response.headers.get('Location') ?? '',
    )?.[1];
    expect(id).toMatch(/^[a-z0-9]{6,32}$/);
    const guest = await store().getGuest(id ?? '');
    expect(guest).toMatchObject({
      name: 'Minister for Justice and Equality of Ireland',
      email,
      language: FIRST,
    });
    const page = (await guestPage(
      adminGet(urls.admin.guest(EVENT, id ?? '', { done: 'added' }), cookie),
      context(T0),
      id ?? '',
    )) as GuestPageView;
    expect(page.notice).toBe('added');
    const token = page.link.split('/i/')[1] ?? '';
    expect((await openInvitation(token, context(T0)))?.headers.get('Location')).toBe(
      urls.reply(EVENT, FIRST),
    );
  });

  it('refuses a bad or duplicate guest with the form again and every value, writing nothing', async () => {
    const cookie = await signIn(T0);
    const email = uniqueEmail();
    const { guest } = await invitedGuest({ email });
    const before = await snapshot();
    const view = (await newGuestPage(
      adminPost(
        urls.admin.newGuest(EVENT),
        details({ name: '', email: email.toUpperCase(), language: 'xx', companions: '99' }),
        cookie,
      ),
      context(T0),
    )) as NewGuestView;
    expect(view.status).toBe(400);
    expect(view.errors).toEqual({ name: 'required', language: 'invalid_choice', companions: 'too_many' });
    expect(view.values).toMatchObject({ email: email.toUpperCase(), companions: '99' });
    const duplicate = (await newGuestPage(
      adminPost(urls.admin.newGuest(EVENT), details({ email: guest.email }), cookie),
      context(T0),
    )) as NewGuestView;
    expect(duplicate).toMatchObject({ status: 400, errors: { email: 'duplicate_email' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses without a session, from another site, and by another method', async () => {
    const cookie = await signIn(T0);
    const before = await snapshot();
    const status = async (request: Request) =>
      ((await newGuestPage(request, context(T0))) as Response).status;
    expect(await status(adminPost(urls.admin.newGuest(EVENT), details(), ''))).toBe(401);
    expect(await status(adminGet(urls.admin.newGuest(EVENT)))).toBe(401);
    expect(
      await status(
        adminPost(urls.admin.newGuest(EVENT), details(), cookie, {
          'Sec-Fetch-Site': 'cross-site',
          Origin: 'https://evil.example',
        }),
      ),
    ).toBe(403);
    expect(await status(new Request(`${SITE}${urls.admin.newGuest(EVENT)}`, { method: 'PUT' }))).toBe(405);
    expect(await snapshot()).toEqual(before);
  });
});

describe('editing a guest', () => {
  it('saves new details, keeping the id, link version and reply', async () => {
    const { guest, token } = await invitedGuest({ companions: 1 });
    await store().saveReply(aReply({ guestId: guest.id }));
    const cookie = await signIn(T0);
    const response = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        [['action', 'edit'], ...details({ name: 'Minister of the Interior of Latvia', language: SECOND })],
        cookie,
      ),
      context(T0),
      guest.id,
    )) as Response;
    expect(response.headers.get('Location')).toBe(urls.admin.guest(EVENT, guest.id, { done: 'edited' }));
    expect(await store().getGuest(guest.id)).toEqual({
      ...guest,
      name: 'Minister of the Interior of Latvia',
      position: 'Minister for Justice and Equality',
      organisation: 'Department of Justice and Equality',
      language: SECOND,
      companions: 0,
    });
    expect(await store().getReply(guest.id)).toMatchObject({ reference: aReply().reference });
    // The same link now opens the reply page in the new language.
    expect((await openInvitation(token, context(T0)))?.headers.get('Location')).toBe(
      urls.reply(EVENT, SECOND),
    );
  });

  it('refuses an allowance below the companions the reply names, and another guest’s e-mail', async () => {
    const other = await invitedGuest({ email: uniqueEmail() });
    const { guest } = await invitedGuest({ companions: 2 });
    await store().saveReply(
      aReply({ guestId: guest.id, companions: [{ name: 'Spouse One' }, { name: 'Adviser Two' }] }),
    );
    const cookie = await signIn(T0);
    const before = await snapshot();
    const view = (await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        [['action', 'edit'], ...details({ companions: '1', email: other.guest.email })],
        cookie,
      ),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.status).toBe(400);
    expect(view.detailErrors).toEqual({ companions: 'below_reply', email: 'duplicate_email' });
    expect(view.details).toMatchObject({ companions: '1', email: other.guest.email });
    expect(await snapshot()).toEqual(before);
  });
});

describe('withdrawing an invitation', () => {
  it('stops the link and the reply form, leaves every count, keeps the data, and can be undone', async () => {
    const { guest, token, cookie: invitation } = await invitedGuest({ name: 'Minister Leaving Office' });
    await store().saveReply(aReply({ guestId: guest.id, dietary: ['halal'] }));
    const cookie = await signIn(T0, 'Head of Protocol');
    const before = await dashboard(context(T0));

    const withdraw = (await guestPage(
      adminPost(urls.admin.guest(EVENT, guest.id), [['action', 'withdraw']], cookie),
      context(T0),
      guest.id,
    )) as Response;
    expect(withdraw.headers.get('Location')).toBe(urls.admin.guest(EVENT, guest.id, { done: 'withdrawn' }));
    expect((await store().getGuest(guest.id))?.withdrawn).toEqual({
      at: T0.toISOString(),
      by: 'Head of Protocol',
    });

    // The link answers like a revoked one, and the reply form refuses the cookie.
    expect(failureOf(await openInvitation(token, context(T0)))).toMatchObject({
      status: 404,
      code: 'link_invalid',
    });
    const refused = (await handleRsvp(
      rsvpRequest(form([['attending', 'no']]), {
        type: 'application/x-www-form-urlencoded',
        cookie: invitation,
      }),
      context(OPEN_NOW),
    )) as Response;
    expect(refused.status).toBe(403);

    const after = await dashboard(context(T0));
    expect(after.withdrawn).toBe(before.withdrawn + 1);
    expect(after.counts.invited).toBe(before.counts.invited - 1);
    expect(after.counts.yes).toBe(before.counts.yes - 1);
    expect(after.dietary.halal ?? 0).toBe((before.dietary.halal ?? 0) - 1);
    expect(after.guests.find((row) => row.id === guest.id)?.withdrawn).toBe(true);
    expect((await catering(context(T0))).byCode.halal?.some((diner) => diner.guestId === guest.id)).not.toBe(
      true,
    );
    const links = await (
      await linksCsv(adminGet(urls.admin.download(EVENT, 'links.csv'), cookie), context(T0))
    ).text();
    expect(links).not.toContain(guest.id);
    // Kept: the reply and its history.
    expect(await store().getReply(guest.id)).not.toBeNull();
    expect(await store().getHistory(guest.id)).toHaveLength(1);

    const reinstate = (await guestPage(
      adminPost(urls.admin.guest(EVENT, guest.id), [['action', 'reinstate']], cookie),
      context(T0),
      guest.id,
    )) as Response;
    expect(reinstate.headers.get('Location')).toBe(urls.admin.guest(EVENT, guest.id, { done: 'reinstated' }));
    expect((await store().getGuest(guest.id))?.withdrawn).toBeUndefined();
    expect((await openInvitation(token, context(T0)))?.status).toBe(303);
    expect((await dashboard(context(T0))).counts).toEqual(before.counts);
  });

  it('is not undone by re-importing the guest list', async () => {
    const { importGuests } = await import('#server/guest-list/guest-import.ts');
    const { guest } = await invitedGuest();
    const withdrawn = { at: T0.toISOString(), by: 'Head of Protocol' };
    await store().putGuest({ ...guest, withdrawn });
    await importGuests(store(), [
      { ...guest, id: guest.id, name: 'Renamed In The Spreadsheet', companions: guest.companions },
    ]);
    expect(await store().getGuest(guest.id)).toMatchObject({ name: 'Renamed In The Spreadsheet', withdrawn });
  });
});

describe('the full backup, the printable list and the export', () => {
  it('backs up every guest, current reply and version, valid against its schema', async () => {
    const { guest } = await invitedGuest({ name: '<img src=x onerror=alert(1)>' });
    await store().saveReply(aReply({ guestId: guest.id, source: 'email', author: 'Head of Protocol' }));
    await store().saveReply(aReply({ guestId: guest.id, attending: 'no', updatedAt: openIso(36) }));
    const cookie = await signIn(T0, 'Head of Protocol');
    expect((await backupJson(adminGet(urls.admin.download(EVENT, 'backup.json')), context(T0))).status).toBe(
      401,
    );
    const response = await backupJson(
      adminGet(urls.admin.download(EVENT, 'backup.json'), cookie),
      context(T0),
    );
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="[a-z0-9-]+-backup-\d{4}-\d\d-\d\d\.json"$/,
    );
    const backup = backupSchema.parse(await response.json());
    expect(backup.exportedBy).toBe('Head of Protocol');
    expect(backup.guests.find((item) => item.id === guest.id)).toEqual(guest);
    expect(backup.replies.find((item) => item.guestId === guest.id)?.attending).toBe('no');
    expect(backup.history.filter((item) => item.guestId === guest.id).map((item) => item.attending)).toEqual([
      'yes',
      'no',
    ]);
    // Everything in the namespace is in it: as many guests, replies and versions as keys.
    const count = async (prefix: string) => (await env.RSVPS.list({ prefix })).keys.length;
    expect(backup.guests).toHaveLength(await count(keys.guests));
    expect(backup.replies).toHaveLength(await count(keys.replies));
    expect(backup.history).toHaveLength(await count(keys.history));
  });

  it('restores an erased guest from the backup, never replacing anything newer, and twice changes nothing', async () => {
    const { restoreBackup } = await import('#server/guest-list/restore.ts');
    const { guest } = await invitedGuest({ name: 'Guest Erased By Mistake' });
    const kept = await invitedGuest({ name: 'Guest Who Changed Since' });
    await store().saveReply(aReply({ guestId: guest.id, source: 'phone', author: 'Head of Protocol' }));
    await store().saveReply(aReply({ guestId: guest.id, attending: 'no', updatedAt: openIso(36) }));
    await store().saveReply(aReply({ guestId: kept.guest.id }));
    const cookie = await signIn(T0);
    const backup = backupSchema.parse(
      await (
        await backupJson(adminGet(urls.admin.download(EVENT, 'backup.json'), cookie), context(T0))
      ).json(),
    );
    const before = await snapshot();
    await store().eraseGuest(guest.id);
    const newer = aReply({ guestId: kept.guest.id, attending: 'no', updatedAt: openIso(132) });
    await store().saveReply(newer);

    // Restored later than every version it holds (a backup dated after the restore is refused).
    const later = new Date(Math.max(Date.now(), openAt(200).getTime()));
    const result = await restoreBackup(store(), backup, later);
    expect(result).toEqual({ guests: 1, versions: 2, replies: 1 });
    expect(await store().getGuest(guest.id)).toEqual(guest);
    expect((await store().getHistory(guest.id)).map((version) => version.attending)).toEqual(['yes', 'no']);
    expect((await store().getReply(guest.id))?.attending).toBe('no');
    expect(await store().getReply(kept.guest.id)).toEqual(newer);
    const restored = await snapshot();
    // Everything the backup had is back as it was, apart from what changed since.
    for (const [key, entry] of Object.entries(before)) {
      if (key.startsWith('session:') || key === keys.reply(kept.guest.id)) continue;
      expect(restored[key], key).toEqual(entry);
    }
    expect(await restoreBackup(store(), backup, later)).toEqual({ guests: 0, versions: 0, replies: 0 });
    expect(await snapshot()).toEqual(restored);
  });

  it('prints invited guests by category with who sits at the table and their needs, without withdrawn ones', async () => {
    const { guest } = await invitedGuest({ name: 'Aaa Printed Minister', companions: 1 });
    const gone = await invitedGuest({ name: 'Aaa Withdrawn Minister' });
    await store().putGuest({ ...gone.guest, withdrawn: { at: T0.toISOString(), by: 'x' } });
    await store().saveReply(
      aReply({
        guestId: guest.id,
        placeCardName: 'H.E. the Minister',
        companions: [{ name: 'Spouse', dietary: ['vegan'], accessibility: 'Wheelchair' }],
      }),
    );
    const cookie = await signIn(T0);
    expect(((await printList(adminGet(urls.admin.print(EVENT)), context(T0))) as Response).status).toBe(401);
    const view = (await printList(adminGet(urls.admin.print(EVENT), cookie), context(T0))) as PrintView;
    const rows = view.groups.flatMap((group) => group.rows);
    expect(rows.some((row) => row.guest.id === gone.guest.id)).toBe(false);
    const row = rows.find((item) => item.guest.id === guest.id);
    expect(row?.table.map((diner) => [diner.person, diner.role, diner.dietary])).toEqual([
      ['H.E. the Minister', 'guest', ['vegetarian']],
      ['Spouse', 'companion', ['vegan']],
    ]);
    expect(view.groups.map((group) => group.category)).toEqual(
      EVENT.categories.filter((category) => view.groups.some((group) => group.category === category)),
    );
  });

  it('round-trips the export through independent CSV and .xlsx readers: every value intact, formulas neutralised', async () => {
    const hostile = {
      name: '=HYPERLINK("http://evil.example","Click")',
      position: '+352 4301 1',
      organisation: 'Ministère de l’Intérieur; "Direction", Luxembourg',
    };
    const { guest } = await invitedGuest(hostile);
    const cookie = await signIn(OPEN_NOW);
    // A reply received by e-mail, then a change on the web: both versions are kept.
    await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        [
          ['action', 'record'],
          ['source', 'email'],
          ['note', '@SUM(1+1) e-mail of 20 September'],
          ['attending', 'yes'],
          ['dietary', 'kosher'],
          ['dietaryNotes', '-no shellfish\ttab'],
        ],
        cookie,
      ),
      context(OPEN_NOW),
      guest.id,
    );
    const page = (await guestPage(
      adminGet(urls.admin.guest(EVENT, guest.id), cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    const invitation = `${cookieNames.invitation(EVENT.id)}=${page.link.split('/i/')[1]}`;
    const web = await handleRsvp(
      rsvpRequest(
        {
          attending: 'yes',
          placeCardName: '+H.E. the Minister',
          // "gluten_free" as clients of an earlier version send it: the allergen it stood for.
          dietary: ['vegetarian', 'gluten_free'],
          severeAllergens: ['peanuts'],
          dietaryNotes: '-no nuts, please',
          accessibility: '@ step-free access',
          companions: [
            { name: '=Spouse', dietary: ['vegan'], allergens: ['milk'], severeAllergens: ['sesame'] },
          ],
          respondent: { name: 'Private Office', email: 'office@interior.example', phone: '+352 4301 1' },
          comment: '=1+1\nSecond line; "quoted", ok',
        },
        { cookie: invitation },
      ),
      context(new Date(OPEN_NOW.getTime() + 60_000)),
    );
    expect(web.status).toBe(200);
    const history = await store().getHistory(guest.id);
    expect(history.map((version) => [version.source, version.attending, version.note])).toEqual([
      ['email', 'yes', '@SUM(1+1) e-mail of 20 September'],
      ['web', 'yes', undefined],
    ]);
    const current = await store().getReply(guest.id);

    // Every cell as stored, with the formula-safe apostrophe only where a cell would run.
    const expected: Record<(typeof exportColumns)[number], string> = {
      id: guest.id,
      name: `'${hostile.name}`,
      position: `'${hostile.position}`,
      organisation: hostile.organisation,
      email: '',
      language: guest.language,
      category: guest.category,
      country: '',
      precedence: '',
      companions_allowed: String(guest.companions),
      attending: 'yes',
      place_card_name: "'+H.E. the Minister",
      delegate_name: '',
      delegate_position: '',
      dietary: 'vegetarian',
      allergens: 'gluten peanuts',
      severe_allergens: 'peanuts',
      dietary_notes: "'-no nuts, please",
      accessibility: "'@ step-free access",
      companions: "'=Spouse / vegan / allergens: sesame (severe) milk",
      respondent_name: 'Private Office',
      respondent_email: 'office@interior.example',
      respondent_phone: "'+352 4301 1",
      comment: `'=1+1\nSecond line; "quoted", ok`,
      reference: current?.reference ?? 'missing',
      updated_at: new Date(OPEN_NOW.getTime() + 60_000).toISOString(),
      source: 'web',
      author: 'Private Office',
      note: '',
      withdrawn_at: '',
      arrived_at: '',
      companions_arrived: '0',
    };

    for (const delimiter of [',', ';'] as const) {
      const response = await exportCsv(
        adminGet(urls.admin.download(EVENT, 'export.csv', delimiter === ';' ? { sep: ';' } : {}), cookie),
        context(T0),
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header).toEqual([...exportColumns]);
      const row = rows.find((cells) => cells[0] === guest.id) ?? [];
      expect(Object.fromEntries(exportColumns.map((column, index) => [column, row[index]]))).toEqual(
        expected,
      );
      // No cell of any row could run as a formula.
      for (const cells of rows) for (const value of cells) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }

    // The workbook: the same row, every value exactly as stored (text cells need no apostrophe).
    const workbook = await exportXlsx(
      adminGet(urls.admin.download(EVENT, 'export.xlsx'), cookie),
      context(T0),
    );
    expect(workbook.headers.get('Content-Type')).toBe(XLSX_TYPE);
    expect(workbook.headers.get('Cache-Control')).toContain('no-store');
    const [header, ...rows] = await readSheet(await workbook.arrayBuffer(), { trim: false });
    expect(header).toEqual([...exportColumns]);
    const row = rows.find((cells) => cells[0] === guest.id) ?? [];
    const asStored = (value: string) => (value === '' ? null : value.replace(/^'(?=[=+\-@])/, ''));
    expect(Object.fromEntries(exportColumns.map((column, index) => [column, row[index]]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([column, value]) => [column, asStored(value)])),
    );
  });
});
