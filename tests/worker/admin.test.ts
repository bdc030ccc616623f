import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { handleLogin, handleLogout, type LoginView } from '../../functions/admin/auth.ts';
import { dashboard } from '../../functions/admin/dashboard.ts';
import { currentSession } from '../../functions/admin/session.ts';
import { createStore } from '../../functions/store.ts';
import { aReply } from '../support/fixtures.ts';
import { ADMIN_PASSWORD, SITE, context, invitedGuest, nextAddress, signIn, snapshot } from './support.ts';

const PASSWORD = ADMIN_PASSWORD;
const T0 = new Date(Date.now());
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function login(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${SITE}/admin/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': nextAddress(),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

const withCookie = (cookie: string, path = '/admin', method = 'GET') =>
  new Request(`${SITE}${path}`, { method, headers: { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' } });

describe('POST /admin/login', () => {
  it('starts a session with a new __Host- cookie, Strict, HttpOnly and Secure', async () => {
    const response = (await handleLogin(
      login({ name: 'Protocol Officer', password: PASSWORD }),
      context(T0),
    )) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/admin');
    const cookie = response.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(
      /^__Host-admin=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict; Max-Age=43200$/,
    );
    expect(await currentSession(withCookie(cookie.split(';')[0] ?? ''), context(T0))).toMatchObject({
      name: 'Protocol Officer',
    });
  });

  it('gives a new session id at each login', async () => {
    expect(await signIn(T0)).not.toBe(await signIn(T0));
  });

  it('refuses a wrong password with 401 and starts no session', async () => {
    const before = await snapshot();
    const view = (await handleLogin(
      login({ name: 'Intruder', password: 'guess' }),
      context(T0),
    )) as LoginView;
    expect(view).toMatchObject({ status: 401, name: 'Intruder', errors: { password: 'wrong_password' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a cross-site sign-in with 403', async () => {
    const before = await snapshot();
    const request = login(
      { name: 'X', password: PASSWORD },
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    );
    expect(await handleLogin(request, context(T0))).toMatchObject({ status: 403, code: 'forbidden_origin' });
    expect(await snapshot()).toEqual(before);
  });

  it('asks for the organiser name', async () => {
    expect(await handleLogin(login({ name: '', password: PASSWORD }), context(T0))).toMatchObject({
      status: 400,
      errors: { name: 'required' },
    });
  });

  it('does not sign in on a GET (it only redirects to the sign-in page)', async () => {
    const response = (await handleLogin(new Request(`${SITE}/admin/login`), context(T0))) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });
});

describe('sign-in attempts', () => {
  it('are limited to 5 a minute per client: the 6th is refused with 429, even with the right password', async () => {
    const client = { 'CF-Connecting-IP': '198.51.100.7' };
    for (let attempt = 1; attempt <= 5; attempt++) {
      const view = (await handleLogin(
        login({ name: 'Intruder', password: `guess ${attempt}` }, client),
        context(T0),
      )) as LoginView;
      expect(view.status, `attempt ${attempt}`).toBe(401);
    }
    const sixth = await handleLogin(login({ name: 'Intruder', password: PASSWORD }, client), context(T0));
    expect(sixth).toMatchObject({ status: 429, code: 'rate_limited' });
    // Another client is not affected.
    expect(
      ((await handleLogin(login({ name: 'Officer', password: PASSWORD }), context(T0))) as Response).status,
    ).toBe(303);
  });
});

describe('organiser sessions', () => {
  it('refuse a missing, a forged and a malformed cookie', async () => {
    for (const cookie of ['', '__Host-admin=' + 'A'.repeat(43), '__Host-admin=../../etc']) {
      expect(await currentSession(withCookie(cookie), context(T0)), cookie).toBeNull();
    }
  });

  it('end after 60 idle minutes', async () => {
    const cookie = await signIn(T0);
    expect(await currentSession(withCookie(cookie), context(minutes(59)))).not.toBeNull();
    expect(await currentSession(withCookie(cookie), context(minutes(59 + 61)))).toBeNull();
  });

  it('stay alive with activity but end 12 hours after sign-in', async () => {
    const cookie = await signIn(T0);
    for (let minute = 50; minute < 12 * 60; minute += 50) {
      expect(
        await currentSession(withCookie(cookie), context(minutes(minute))),
        `minute ${minute}`,
      ).not.toBeNull();
    }
    expect(await currentSession(withCookie(cookie), context(minutes(12 * 60)))).toBeNull();
  });

  it('end on the server at logout', async () => {
    const cookie = await signIn(T0);
    const response = await handleLogout(withCookie(cookie, '/admin/logout', 'POST'), context(T0));
    expect(response.status).toBe(303);
    expect(response.headers.get('Set-Cookie')).toMatch(/^__Host-admin=; .*Max-Age=0/);
    expect(await currentSession(withCookie(cookie), context(T0))).toBeNull();
  });

  it('refuse logout by GET (nothing changes state on a GET) and from another site', async () => {
    const cookie = await signIn(T0);
    expect((await handleLogout(withCookie(cookie, '/admin/logout', 'GET'), context(T0))).status).toBe(405);
    const crossSite = new Request(`${SITE}/admin/logout`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    });
    expect((await handleLogout(crossSite, context(T0))).status).toBe(403);
    expect(await currentSession(withCookie(cookie), context(T0))).not.toBeNull();
  });
});

describe('the dashboard', () => {
  it('counts invited, yes, no, delegate and no reply yet, and lists each reply', async () => {
    const store = createStore(env.RSVPS);
    const before = await dashboard(context(T0));
    const yes = await invitedGuest({ name: 'Minister A' });
    const no = await invitedGuest({ name: 'Minister B' });
    const delegate = await invitedGuest({ name: 'Minister C' });
    await invitedGuest({ name: 'Minister D' });
    await store.saveReply(aReply({ guestId: yes.guest.id, attending: 'yes' }));
    await store.saveReply(aReply({ guestId: no.guest.id, attending: 'no', dietary: [] }));
    await store.saveReply(
      aReply({
        guestId: delegate.guest.id,
        attending: 'delegate',
        delegate: { name: 'State Secretary', position: 'State Secretary' },
      }),
    );
    const after = await dashboard(context(T0));
    expect(after.counts).toEqual({
      invited: before.counts.invited + 4,
      yes: before.counts.yes + 1,
      no: before.counts.no + 1,
      delegate: before.counts.delegate + 1,
      pending: before.counts.pending + 1,
      companions: before.counts.companions,
      covers: before.counts.covers + 2,
    });
    expect(after.pending.map((row) => row.name)).toContain('Minister D');
    expect(after.guests.find((row) => row.id === delegate.guest.id)?.reply).toMatchObject({
      a: 'delegate',
      n: 'State Secretary',
    });
  });
});
