import { env } from 'cloudflare:workers';
import { otherLanguage } from '#tests/support/events.ts';
import { urls } from '#server/urls.ts';
import { describe, expect, it } from 'vitest';
import { createStore } from '#server/store/store.ts';
import { personalExpiration } from '#server/retention.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';
import {
  EVENT,
  DEADLINE,
  SITE,
  adminGet,
  adminPost,
  context,
  invitedGuest,
  rsvpRequest,
  signIn,
  snapshot,
  keys,
  openIso,
} from './support.ts';
import { type GuestPageView } from '#server/admin/views.ts';
import {
  exportCsv,
  exportXlsx,
  guestPage,
  handleRsvp,
  openInvitation,
  failureOf,
  importUpload,
  linksCsv,
} from './through.ts';

const T0 = new Date(Date.now());
const post = (id: string, fields: [string, string][], cookie: string, headers: Record<string, string> = {}) =>
  adminPost(urls.admin.guest(EVENT, id), fields, cookie, headers);
const get = adminGet;

describe('the organisers’ guest page', () => {
  it('refuses without a session (401), and answers 404 for an unknown guest', async () => {
    const { guest } = await invitedGuest();
    expect(
      ((await guestPage(get(urls.admin.guest(EVENT, guest.id)), context(T0), guest.id)) as Response).status,
    ).toBe(401);
    const cookie = await signIn(T0);
    expect(
      ((await guestPage(get(urls.admin.guest(EVENT, 'nobody'), cookie), context(T0), 'nobody')) as Response)
        .status,
    ).toBe(404);
  });

  it('shows the personal link, the current reply and the history', async () => {
    const { guest, cookie: invitation } = await invitedGuest();
    const cookie = await signIn(T0);
    const view = (await guestPage(
      get(urls.admin.guest(EVENT, guest.id), cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.status).toBe(200);
    expect(view.link).toBe(`${SITE}/i/${invitation.split('=')[1]}`);
    expect(view.reply).toBeNull();
    expect(view.history).toEqual([]);
  });

  it('reissues the link: the old one then gets the 404, the new one works', async () => {
    const { guest, token } = await invitedGuest();
    const cookie = await signIn(T0);
    const response = (await guestPage(
      post(guest.id, [['action', 'reissue']], cookie),
      context(T0),
      guest.id,
    )) as Response;
    expect(response.status).toBe(303);
    expect(failureOf(await openInvitation(token, context(T0)))).toMatchObject({
      status: 404,
      code: 'link_invalid',
    });
    const view = (await guestPage(
      get(urls.admin.guest(EVENT, guest.id), cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    const fresh = view.link.split('/i/')[1] ?? '';
    expect((await openInvitation(fresh, context(T0)))?.status).toBe(303);
  });

  it('records a reply received by e-mail, with its source, note and the organiser as author, even after the deadline', async () => {
    const { guest } = await invitedGuest();
    const after = new Date(DEADLINE.getTime() + 86_400_000);
    const cookie = await signIn(after);
    const ctx = context(after);
    const response = (await guestPage(
      post(
        guest.id,
        [
          ['action', 'record'],
          ['source', 'email'],
          ['note', 'E-mail of 1 October from the private office'],
          ['attending', 'yes'],
          ['dietary', 'kosher'],
        ],
        cookie,
      ),
      ctx,
      guest.id,
    )) as Response;
    expect(response.status).toBe(303);
    const reply = await createStore(env.RSVPS, EVENT).getReply(guest.id);
    expect(reply).toMatchObject({
      attending: 'yes',
      dietary: ['kosher'],
      source: 'email',
      author: 'Protocol Officer',
      note: 'E-mail of 1 October from the private office',
      updatedAt: after.toISOString(),
    });
    expect(await createStore(env.RSVPS, EVENT).getHistory(guest.id)).toHaveLength(1);
  });

  it('refuses an invalid recorded reply with the form again, writing nothing', async () => {
    const { guest } = await invitedGuest();
    const cookie = await signIn(T0);
    const before = await snapshot();
    const view = (await guestPage(
      post(
        guest.id,
        [
          ['action', 'record'],
          ['attending', 'delegate'],
        ],
        cookie,
      ),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.status).toBe(400);
    expect(view.errors).toMatchObject({
      source: 'invalid_choice',
      'delegate.name': 'required',
      'delegate.position': 'required',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a cross-site POST and changes nothing on a GET', async () => {
    const { guest } = await invitedGuest();
    const cookie = await signIn(T0);
    const before = await snapshot();
    const crossSite = post(guest.id, [['action', 'reissue']], cookie, {
      'Sec-Fetch-Site': 'cross-site',
      Origin: 'https://evil.example',
    });
    expect(((await guestPage(crossSite, context(T0), guest.id)) as Response).status).toBe(403);
    await guestPage(
      get(`${urls.admin.guest(EVENT, guest.id)}?action=reissue`, cookie),
      context(T0),
      guest.id,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('GET /admin/{event}/export.csv and /admin/{event}/export.xlsx', () => {
  it('refuses without a session', async () => {
    expect((await exportCsv(get(urls.admin.download(EVENT, 'export.csv')), context(T0))).status).toBe(401);
    expect((await exportXlsx(get(urls.admin.download(EVENT, 'export.xlsx')), context(T0))).status).toBe(401);
  });

  it('exports every guest with their reply, UTF-8 with BOM, formula-safe, with , or ;', async () => {
    const { guest } = await invitedGuest({ name: '=cmd|calc', organisation: 'Ministère de l’Intérieur' });
    const cookie = await signIn(T0);
    const response = await exportCsv(
      get(urls.admin.download(EVENT, 'export.csv', { sep: ';' }), cookie),
      context(T0),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, which .text() would strip
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFFid;name;position')).toBe(true);
    expect(csv).toContain(`${guest.id};'=cmd|calc;`);
    expect(csv).toContain('Ministère de l’Intérieur');
  });
});

describe('the guest list from the organisers’ page', () => {
  const header = 'id,name,position,organisation,email,language,category,companions';
  function upload(csv: string, cookie: string, headers: Record<string, string> = {}) {
    const body = new FormData();
    body.set('file', new File([csv], 'guests.csv', { type: 'text/csv' }));
    return new Request(`${SITE}${urls.admin.import(EVENT)}`, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie, ...headers },
      body,
    });
  }

  it('imports an uploaded CSV, and imports nothing from a file with a bad row', async () => {
    const cookie = await signIn(T0);
    const good = await importUpload(
      upload(
        `${header}\nupload001,Uploaded Guest,,,,${otherLanguage(EVENT)},${EVENT.categories[0]},0`,
        cookie,
      ),
      context(T0),
    );
    expect(good).toMatchObject({ status: 200, result: { created: [{ id: 'upload001' }] } });
    const before = await snapshot();
    const bad = await importUpload(
      upload(`${header}\nupload002,Fine,,,,${EVENT.original},,0\nupload003,Bad,,,,xx,,0`, cookie),
      context(T0),
    );
    expect(bad).toEqual({ status: 400, problems: [{ row: 3, column: 'language', code: 'invalid_choice' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an upload without a session or from another site', async () => {
    const csv = `${header}\nupload004,X,,,,fi,,0`;
    const signedOut = await importUpload(upload(csv, ''), context(T0));
    expect((signedOut as Response).status).toBe(401);
    // The sign-in page says nothing was imported and the file must be chosen again (#26 item 9).
    expect(failureOf(signedOut)).toMatchObject({ kind: 'sign-in', view: { upload: true, kept: null } });
    const cookie = await signIn(T0);
    const crossSite = upload(csv, cookie, { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' });
    expect(((await importUpload(crossSite, context(T0))) as Response).status).toBe(403);
  });

  it('downloads every personal link as CSV', async () => {
    const { guest, token } = await invitedGuest();
    expect((await linksCsv(get(urls.admin.download(EVENT, 'links.csv')), context(T0))).status).toBe(401);
    const response = await linksCsv(
      get(urls.admin.download(EVENT, 'links.csv'), await signIn(T0)),
      context(T0),
    );
    const csv = await (response as Response).text();
    expect(csv.split('\r\n')[0]).toBe('id,name,email,language,link');
    expect(csv).toContain(`${guest.id},${guest.name},,${guest.language},${SITE}/i/${token}`);
  });
});

describe('erasure and retention', () => {
  it('erases every key of one guest on request, after which no page or export has them', async () => {
    const { guest, cookie: invitation } = await invitedGuest({ name: 'Guest To Erase' });
    const store = createStore(env.RSVPS, EVENT);
    await store.saveReply(aReply({ guestId: guest.id }));
    await store.saveReply(
      aReply({ guestId: guest.id, attending: 'no', dietary: [], updatedAt: openIso(36) }),
    );
    const cookie = await signIn(T0);
    const wrong = (await guestPage(
      post(
        guest.id,
        [
          ['action', 'erase'],
          ['confirm', 'nope'],
        ],
        cookie,
      ),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(wrong.status).toBe(400);
    expect(await store.getGuest(guest.id)).not.toBeNull();

    const erased = (await guestPage(
      post(
        guest.id,
        [
          ['action', 'erase'],
          ['confirm', guest.id],
        ],
        cookie,
      ),
      context(T0),
      guest.id,
    )) as Response;
    expect(erased.status).toBe(303);
    expect((await env.RSVPS.list({ prefix: keys.guest(guest.id) })).keys).toEqual([]);
    expect((await env.RSVPS.list({ prefix: keys.reply(guest.id) })).keys).toEqual([]);
    expect((await env.RSVPS.list({ prefix: keys.historyOf(guest.id) })).keys).toEqual([]);
    const csv = await (
      await exportCsv(get(urls.admin.download(EVENT, 'export.csv'), cookie), context(T0))
    ).text();
    expect(csv).not.toContain('Guest To Erase');
    expect(
      await handleRsvp(rsvpRequest({ attending: 'yes' }, { cookie: invitation }), context()),
    ).toMatchObject({ status: 403 });
  });

  it('shows organisers when a guest’s data will be deleted', async () => {
    // The expiration is dated by the clock at the write: bound it by the clock before and after.
    const earliest = personalExpiration(new Date(), EVENT) * 1000;
    const { guest } = await invitedGuest();
    const latest = personalExpiration(new Date(), EVENT) * 1000;
    const view = (await guestPage(
      get(urls.admin.guest(EVENT, guest.id), await signIn(T0)),
      context(T0),
      guest.id,
    )) as GuestPageView;
    const deletion = Date.parse(view.deletion ?? '');
    expect(deletion).toBeGreaterThanOrEqual(earliest - 1000);
    expect(deletion).toBeLessThanOrEqual(latest);
  });

  it('purges personal keys without an expiration, and keeps those still within retention', async () => {
    await env.RSVPS.put(keys.guest('legacy0001'), JSON.stringify(aGuest({ id: 'legacy0001' })));
    await env.RSVPS.put(`${keys.historyOf('legacy0001')}${openIso(12)}`, '{}');
    const { guest } = await invitedGuest();
    const deleted = await createStore(env.RSVPS, EVENT).purgeExpired(new Date());
    expect(deleted).toBeGreaterThanOrEqual(2);
    expect(await env.RSVPS.get(keys.guest('legacy0001'))).toBeNull();
    expect(await env.RSVPS.get(`${keys.historyOf('legacy0001')}${openIso(12)}`)).toBeNull();
    expect(await createStore(env.RSVPS, EVENT).getGuest(guest.id)).not.toBeNull();
  });
});
