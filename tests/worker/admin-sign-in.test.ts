import { describe, expect, it } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import { urls } from '#server/urls.ts';
import { currentSession } from '#server/admin/session.ts';
import { keepableForm, safeReturn, signInRequired } from '#server/admin/sign-in.ts';
import { newSessionId, sha256Hex } from '#server/ids.ts';
import { copyText, organiserFieldMessage, organiserSummary } from '#components/admin/organiser-errors.ts';
import {
  ADMIN_PASSWORD,
  EVENT,
  SITE,
  adminGet,
  adminPost,
  context,
  invitedGuest,
  nextAddress,
  signIn,
  snapshot,
} from './support.ts';
import { type GuestPageView, type LoginView, type NewGuestView } from '#server/admin/views.ts';
import {
  exportCsv,
  guestPage,
  handleLogin,
  handleLogout,
  importUpload,
  needsSignIn,
  newGuestPage,
  sessionStatus,
  failureOf,
} from './through.ts';

const T0 = new Date(Date.now());
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
/** A well-formed session cookie that no session has: what an ended session looks like. */
const ended = () => `__Host-admin=${newSessionId()}`;

/** The sign-in form as the 401 page sends it: name, password, and what the page carried. */
function login(fields: Record<string, string>) {
  return new Request(`${SITE}/admin/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': nextAddress(),
    },
    body: new URLSearchParams({ name: 'Protocol Officer', password: ADMIN_PASSWORD, ...fields }).toString(),
  });
}

const cookieOf = (response: Response) => (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
const withoutSessions = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([key]) => !key.startsWith('session:')));

const recordFields: [string, string][] = [
  ['action', 'record'],
  ['basis', ''],
  ['source', 'phone'],
  ['attending', 'delegate'],
  ['delegate.name', 'Secretary-General Ilves'],
  ['delegate.position', 'Secretary-General'],
  ['dietary', 'vegan'],
  ['allergens', 'peanuts'],
  ['severeAllergens', 'sesame'],
  ['note', 'Telephone call of 22 September — “kept” across the sign-in'],
];

const a = adminTranslator();

describe('the return path after signing in', () => {
  it('takes a path of the organisers’ pages, with its query', () => {
    expect(safeReturn('/admin')).toBe('/admin');
    expect(safeReturn(urls.admin.guest(EVENT, 'k3x9q2m7'))).toBe(urls.admin.guest(EVENT, 'k3x9q2m7'));
    expect(safeReturn('/admin?q=Malta&status=yes')).toBe('/admin?q=Malta&status=yes');
    // A search of a name with accents is percent-encoded in the query: it is kept.
    expect(safeReturn('/admin?q=M%C3%BCller')).toBe('/admin?q=M%C3%BCller');
  });

  it.each([
    '//evil.example/admin',
    '///evil.example/admin',
    '/\\evil.example/admin',
    '/admin\\..\\..\\evil',
    'https://evil.example/admin',
    'http:/admin',
    'javascript:alert(1)//admin',
    '/admin/../i/token',
    '/admin/%2e%2e/i/token',
    '/administrator',
    '/en/reply',
    ' /admin',
    '/admin\n',
    '/admin\t/x',
    '/admin/login',
    '/admin/logout',
    // No download or JSON: a link must not make signing in download the guests' data.
    urls.admin.download(EVENT, 'export.csv', { sep: ';' }),
    urls.admin.download(EVENT, 'backup.json'),
    '/admin/session',
    // Percent-encoded paths the router decodes into a download or the session (#24, low 1).
    `/admin/${EVENT.id}/backup%2ejson`,
    `/admin/${EVENT.id}/links%2Ecsv`,
    `/admin/${EVENT.id}/export%2Exlsx`,
    '/admin/%73ession',
    // The same downloads with a trailing or doubled slash, which the router serves alike (#24 retest).
    `/admin/${EVENT.id}/backup.json/`,
    `/admin/${EVENT.id}/export.xlsx/`,
    `/admin/${EVENT.id}/links.csv/`,
    `/admin/${EVENT.id}//links.csv/`,
    `/admin/${EVENT.id}/catering/`,
    '/admin/session/',
    `/admin/${'x'.repeat(600)}`,
    '',
  ])('refuses %j (open redirect)', async (value) => {
    expect(safeReturn(value)).toBeNull();
    // And the sign-in goes to the dashboard instead.
    const response = (await handleLogin(login({ return: value }), context(T0))) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/admin');
  });

  it.each(['...', '=1+1', '-'])('refuses %j as the name the changes are recorded under', async (name) => {
    const view = (await handleLogin(login({ name }), context(T0))) as LoginView;
    expect(view).toMatchObject({ errors: { name: 'required' } });
  });

  it('sends the organiser back to the page they were on once signed in', async () => {
    const response = (await handleLogin(
      login({ return: urls.admin.catering(EVENT) }),
      context(T0),
    )) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(urls.admin.catering(EVENT));
  });

  it('keeps the return path when the sign-in is refused', async () => {
    const view = (await handleLogin(
      login({ return: urls.admin.catering(EVENT), password: 'wrong' }),
      context(T0),
    )) as LoginView;
    expect(view).toMatchObject({
      status: 401,
      returnTo: urls.admin.catering(EVENT),
      errors: { password: 'wrong_password' },
    });
  });
});

describe('a request whose session has ended', () => {
  it('is refused for the sign-in page (401) on every kind of route, the page it came from kept', async () => {
    const { guest } = await invitedGuest();
    const ctx = context(T0);
    const refused = [
      await exportCsv(adminGet(urls.admin.download(EVENT, 'export.csv', { sep: ';' }), ended()), ctx),
      await guestPage(adminGet(urls.admin.guest(EVENT, guest.id), ended()), ctx, guest.id),
      await newGuestPage(adminGet(urls.admin.newGuest(EVENT)), ctx),
      await sessionStatus(adminGet('/admin/session', ended()), ctx),
    ];
    for (const result of refused) {
      expect(needsSignIn(result)).toBe(true);
      expect((result as Response).status).toBe(401);
    }
    const view = await signInRequired(
      adminGet(urls.admin.download(EVENT, 'export.csv', { sep: ';' }), ended()),
      ctx,
    );
    expect(view).toMatchObject({ status: 401, returnTo: '/admin', kept: null, ended: true });
    // A first visit, without a session to have ended (the door's officer, a bookmark), is asked to
    // sign in, not told that a session ended.
    const first = await signInRequired(adminGet(urls.admin.download(EVENT, 'export.csv', { sep: ';' })), ctx);
    expect(first).toMatchObject({ status: 401, returnTo: '/admin', kept: null, ended: false });
  });

  it('checks the method and the origin first, as before (405, 403: no sign-in page)', async () => {
    const { guest } = await invitedGuest();
    const crossSite = adminPost(urls.admin.guest(EVENT, guest.id), recordFields, ended(), {
      'Sec-Fetch-Site': 'cross-site',
      Origin: 'https://evil.example',
    });
    const refused = (await guestPage(crossSite, context(T0), guest.id)) as Response;
    expect(refused.status).toBe(403);
    expect(needsSignIn(refused)).toBe(false);
    const wrongMethod = await exportCsv(
      new Request(`${SITE}/admin/export.csv`, { method: 'POST', headers: { Cookie: ended() } }),
      context(T0),
    );
    expect(wrongMethod.status).toBe(405);
    expect(needsSignIn(wrongMethod)).toBe(false);
  });

  it('keeps a posted form in the sign-in page, exactly as sent, and writes nothing', async () => {
    const { guest } = await invitedGuest();
    const before = await snapshot();
    const request = adminPost(urls.admin.guest(EVENT, guest.id), recordFields, ended());
    const failure = failureOf(await guestPage(request, context(T0), guest.id));
    // The sign-in page the route answers with, which holds the form.
    const view = failure?.kind === 'sign-in' ? failure.view : null;
    expect(view?.returnTo).toBe(urls.admin.guest(EVENT, guest.id));
    expect(view?.kept).toBe(new URLSearchParams(recordFields).toString());
    expect(await snapshot()).toEqual(before);
  });

  it('keeps nothing from a POST that does not say it comes from this site (no Origin, no Sec-Fetch-Site)', async () => {
    const { guest } = await invitedGuest();
    const bare = new Request(`${SITE}${urls.admin.guest(EVENT, guest.id)}`, {
      method: 'POST',
      headers: { Cookie: ended(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['action', 'erase'],
        ['confirm', guest.id],
      ]).toString(),
    });
    expect(await signInRequired(bare, context(T0))).toMatchObject({ status: 401, kept: null });
  });

  it('keeps no form that would be too large once the sign-in form sends it again (separators triple)', async () => {
    const { guest } = await invitedGuest();
    // Under 8 KiB as posted; "+" is sent again as "%2B": about 24 KiB, past the sign-in's 16 KiB.
    const body = `action=record&attending=yes&note=${'+'.repeat(8000)}`;
    expect(keepableForm(urls.admin.guest(EVENT, guest.id), body)).toBeNull();
    const request = new Request(`${SITE}${urls.admin.guest(EVENT, guest.id)}`, {
      method: 'POST',
      headers: {
        Cookie: ended(),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Sec-Fetch-Site': 'same-origin',
      },
      body,
    });
    expect(await signInRequired(request, context(T0))).toMatchObject({ kept: null, lost: true });
  });

  it('gives a form too long to keep as text to copy, and keeps saying why through a failed sign-in (#26 item 8)', async () => {
    const { guest } = await invitedGuest();
    const comment = `Αγαπητοί συνάδελφοι, ${'details of the call '.repeat(450)}`.trim();
    const view = await signInRequired(
      adminPost(urls.admin.guest(EVENT, guest.id), [...recordFields, ['comment', comment]], ended()),
      context(T0),
    );
    expect(view).toMatchObject({ status: 401, kept: null, lost: true, ended: true });
    // As text to copy, labelled as on the record form, the page's own fields left out.
    const text = copyText(view.lostForm ?? '');
    expect(text).toContain(comment);
    expect(text).toContain(`${a('admin.record.note')}: Telephone call of 22 September`);
    expect(text).toContain(`${a('admin.record.source')}: ${a('admin.source.phone')}`);
    expect(text).not.toMatch(/^(action|basis)\b/m);
    // In the order of the page: how it was received first, the note last.
    const lines = text.split('\n');
    expect(lines[0]?.startsWith(a('admin.record.source'))).toBe(true);
    expect(lines.at(-1)?.startsWith(a('admin.record.note'))).toBe(true);
    // A wrong password: the page still says what happened (the form names why it was shown).
    const again = (await handleLogin(
      login({ return: urls.admin.guest(EVENT, guest.id), ended: 'lost', lostText: text, password: 'wrong' }),
      context(T0),
    )) as LoginView;
    // The text comes back with the page, so a wrong password does not lose it.
    expect(again).toMatchObject({ status: 401, ended: true, lost: true, lostText: text });
    const unknown = (await handleLogin(
      login({ ended: 'anything', password: 'wrong' }),
      context(T0),
    )) as LoginView;
    expect(unknown.ended).toBeUndefined();
  });

  it('keeps no upload, no form over 8 KiB (and says so) and nothing for a page that shows no form', async () => {
    const huge: [string, string][] = [...recordFields, ['comment', 'x'.repeat(8 * 1024)]];
    const { guest } = await invitedGuest();
    const big = await signInRequired(
      adminPost(urls.admin.guest(EVENT, guest.id), huge, ended()),
      context(T0),
    );
    expect(big).toMatchObject({ status: 401, kept: null, lost: true });
    expect(keepableForm(urls.admin.guest(EVENT, guest.id), new URLSearchParams(huge).toString())).toBeNull();
    expect(keepableForm(urls.admin.catering(EVENT), 'action=record')).toBeNull();
    expect(keepableForm(urls.admin.guest(EVENT, 'abc123'), 'a.__proto__.b=1')).toBeNull();
    const upload = () =>
      new Request(`${SITE}/admin/import`, {
        method: 'POST',
        headers: { Cookie: ended(), 'Sec-Fetch-Site': 'same-origin' },
        body: (() => {
          const body = new FormData();
          body.set('file', new Blob(['id,name\n']), 'list.csv');
          return body;
        })(),
      });
    expect(needsSignIn(await importUpload(upload(), context(T0)))).toBe(true);
    expect(await signInRequired(upload(), context(T0), '/admin')).toMatchObject({
      returnTo: '/admin',
      kept: null,
    });
  });
});

describe('the form kept through the sign-in', () => {
  async function signInWithKept(id: string, fields = recordFields) {
    const response = (await handleLogin(
      login({ return: urls.admin.guest(EVENT, id), kept: new URLSearchParams(fields).toString() }),
      context(T0),
    )) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${urls.admin.guest(EVENT, id)}?kept`);
    return cookieOf(response);
  }

  it('comes back once, with every value, in the form it was sent from; nothing is written until it is sent again', async () => {
    const { guest } = await invitedGuest({ companions: 1 });
    const before = withoutSessions(await snapshot());
    const cookie = await signInWithKept(guest.id);
    expect(withoutSessions(await snapshot())).toEqual(before);

    const view = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, guest.id)}?kept`, cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.kept).toBe('record');
    expect(view.values).toMatchObject({
      source: 'phone',
      attending: 'delegate',
      'delegate.name': 'Secretary-General Ilves',
      dietary: ['vegan'],
      allergens: ['peanuts'],
      severeAllergens: ['sesame'],
      note: 'Telephone call of 22 September — “kept” across the sign-in',
    });
    expect(view.basis).toBe('');
    expect(view.reply).toBeNull();
    expect(withoutSessions(await snapshot())).toEqual(before);

    // Read once: a reload shows the page as it is.
    const again = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, guest.id)}?kept`, cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(again.kept).toBeUndefined();
    expect(again.values).toEqual({});
    expect(Object.keys(await snapshot()).filter((key) => key.endsWith(':kept'))).toEqual([]);

    // Sent again, it is recorded.
    const sent = (await guestPage(
      adminPost(urls.admin.guest(EVENT, guest.id), recordFields, cookie),
      context(T0),
      guest.id,
    )) as Response;
    expect(sent.status).toBe(303);
    const recorded = (await guestPage(
      adminGet(urls.admin.guest(EVENT, guest.id), cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(recorded.reply).toMatchObject({
      attending: 'delegate',
      source: 'phone',
      author: 'Protocol Officer',
    });
  });

  it('waits for its own page: another page opened with ?kept leaves it there', async () => {
    const { guest } = await invitedGuest();
    const other = await invitedGuest();
    const cookie = await signInWithKept(guest.id);
    const elsewhere = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, other.guest.id)}?kept`, cookie),
      context(T0),
      other.guest.id,
    )) as GuestPageView;
    expect(elsewhere.kept).toBeUndefined();
    const own = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, guest.id)}?kept`, cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(own.kept).toBe('record');
  });

  it('is only for the session that signed in with it', async () => {
    const { guest } = await invitedGuest();
    await signInWithKept(guest.id);
    const other = await signIn(T0, 'Another Organiser');
    const view = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, guest.id)}?kept`, other),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.kept).toBeUndefined();
    expect(view.values).toEqual({});
  });

  it('expires with its session: signing out deletes it', async () => {
    const { guest } = await invitedGuest();
    const keptKeys = async () => Object.keys(await snapshot()).filter((key) => key.endsWith(':kept')).length;
    const before = await keptKeys();
    const cookie = await signInWithKept(guest.id);
    expect(await keptKeys()).toBe(before + 1);
    await handleLogout(adminPost('/admin/logout', [], cookie), context(T0));
    expect(await keptKeys()).toBe(before);
  });

  it('keeps the record form’s basis: a reply that changed meanwhile is not overwritten', async () => {
    const { guest } = await invitedGuest();
    const cookie = await signInWithKept(guest.id);
    // Someone records a reply while the form waited for the sign-in.
    const other = await signIn(T0, 'Colleague');
    const first = await guestPage(
      adminPost(
        urls.admin.guest(EVENT, guest.id),
        [
          ['action', 'record'],
          ['basis', ''],
          ['source', 'email'],
          ['attending', 'no'],
        ],
        other,
      ),
      context(T0),
      guest.id,
    );
    expect((first as Response).status).toBe(303);
    const view = (await guestPage(
      adminGet(`${urls.admin.guest(EVENT, guest.id)}?kept`, cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(view.basis).toBe('');
    const fields: [string, string][] = Object.entries(view.values).flatMap(([name, value]) =>
      [value].flat().map((item): [string, string] => [name, item]),
    );
    const resent = (await guestPage(
      adminPost(urls.admin.guest(EVENT, guest.id), fields, cookie),
      context(T0),
      guest.id,
    )) as GuestPageView;
    expect(resent.status).toBe(409);
    expect(resent.reply?.attending).toBe('no');
  });

  it('brings back the add-a-guest form too', async () => {
    const fields: [string, string][] = [
      ['name', 'Minister of the Interior of Malta'],
      ['language', EVENT.original],
      ['category', EVENT.categories[0] ?? ''],
      ['companions', EVENT.options.companions ? '1' : '0'],
    ];
    const response = (await handleLogin(
      login({ return: urls.admin.newGuest(EVENT), kept: new URLSearchParams(fields).toString() }),
      context(T0),
    )) as Response;
    expect(response.headers.get('Location')).toBe(`${urls.admin.newGuest(EVENT)}?kept`);
    const view = (await newGuestPage(
      adminGet(`${urls.admin.newGuest(EVENT)}?kept`, cookieOf(response)),
      context(T0),
    )) as NewGuestView;
    expect(view).toMatchObject({ status: 200, kept: true, values: Object.fromEntries(fields) });
  });

  it('carries 8 KiB of text in any script through the sign-in, within its 16 KiB body', async () => {
    const { guest } = await invitedGuest();
    const greek = new URLSearchParams([...recordFields, ['comment', 'α'.repeat(1300)]]).toString();
    expect(greek.length).toBeLessThanOrEqual(8 * 1024);
    const response = (await handleLogin(
      login({ return: urls.admin.guest(EVENT, guest.id), kept: greek }),
      context(T0),
    )) as Response;
    expect(response.headers.get('Location')).toBe(`${urls.admin.guest(EVENT, guest.id)}?kept`);
  });

  it('is not stored when it is over 8 KiB or belongs to no form page', async () => {
    const keptKeys = async () => Object.keys(await snapshot()).filter((key) => key.endsWith(':kept')).length;
    const before = await keptKeys();
    const huge = new URLSearchParams([...recordFields, ['comment', 'x'.repeat(8 * 1024)]]).toString();
    const { guest } = await invitedGuest();
    const big = (await handleLogin(
      login({ return: urls.admin.guest(EVENT, guest.id), kept: huge }),
      context(T0),
    )) as Response;
    expect(big.headers.get('Location')).toBe(urls.admin.guest(EVENT, guest.id));
    const elsewhere = (await handleLogin(
      login({ return: urls.admin.catering(EVENT), kept: 'action=record' }),
      context(T0),
    )) as Response;
    expect(elsewhere.headers.get('Location')).toBe(urls.admin.catering(EVENT));
    expect(await keptKeys()).toBe(before);
  });
});

describe('the idle warning’s session check', () => {
  it('“Stay signed in” extends the session even minutes after the last recorded activity', async () => {
    const cookie = await signIn(T0);
    // A page at minute 4 records no activity (at most every 5 minutes)…
    expect(await currentSession(adminGet('/admin', cookie), context(minutes(4)))).not.toBeNull();
    // …the button does.
    const stay = await sessionStatus(adminPost('/admin/session', [], cookie), context(minutes(4)));
    expect(await stay.json()).toEqual({ endsIn: 3600, final: false });
    expect(await currentSession(adminGet('/admin', cookie), context(minutes(63)))).not.toBeNull();
  });

  it('“Stay signed in” records activity at most once a minute, however often it is pressed', async () => {
    const cookie = await signIn(T0);
    const key = `session:${await sha256Hex(cookie.split('=')[1] ?? '')}:seen`;
    const seen = async () => (await snapshot())[key];
    const press = (at: Date) => sessionStatus(adminPost('/admin/session', [], cookie), context(at));
    await press(minutes(2));
    const first = await seen();
    expect(first).toBeDefined();
    for (const second of [10, 20, 40]) await press(new Date(minutes(2).getTime() + second * 1000));
    expect(await seen()).toEqual(first);
    await press(minutes(3.5));
    expect(await seen()).not.toEqual(first);
  });

  it('asking how long is left is not activity', async () => {
    const cookie = await signIn(T0);
    const status = await sessionStatus(adminGet('/admin/session', cookie), context(minutes(30)));
    expect(await status.json()).toEqual({ endsIn: 30 * 60, final: false });
    expect(await currentSession(adminGet('/admin', cookie), context(minutes(61)))).toBeNull();
  });

  it('says when the end is the absolute one, which nothing extends', async () => {
    const cookie = await signIn(T0);
    // A working day of activity, a page every 50 minutes.
    for (let minute = 50; minute < 11 * 60 + 30; minute += 50) {
      expect(await currentSession(adminGet('/admin', cookie), context(minutes(minute)))).not.toBeNull();
    }
    const status = await sessionStatus(
      adminPost('/admin/session', [], cookie),
      context(minutes(11 * 60 + 30)),
    );
    expect(await status.json()).toEqual({ endsIn: 30 * 60, final: true });
  });
});

describe('organisers’ error messages', () => {
  it('asks for the guest’s id exactly on a wrong erase confirmation', () => {
    expect(organiserFieldMessage('erase', 'confirm', 'required', { id: 'k3x9q2m7' })).toBe(
      'Enter the guest’s id k3x9q2m7 exactly, to confirm.',
    );
  });

  it('names the field and links to its control in every summary line', () => {
    // In the order of the page, whatever the order the checks reported them in (#26 item 7).
    expect(organiserSummary('guest', { email: 'invalid_email', position: 'too_long' })).toEqual([
      { href: '#f-position', text: 'Position: Shorten this text to 120 characters or fewer.' },
      { href: '#f-email', text: 'Enter the e-mail address in the form name@example.eu, or leave it empty.' },
    ]);
    expect(
      organiserSummary('record', {
        note: 'too_long',
        'respondent.name': 'required',
        'delegate.name': 'required',
        attending: 'invalid_choice',
        source: 'required',
      }).map((item) => item.href),
    ).toEqual(['#f-source-email', '#f-attending-yes', '#f-delegate-name', '#f-respondent-name', '#f-note']);
  });
});
