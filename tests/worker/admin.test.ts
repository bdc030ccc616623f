import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { dashboard } from '#server/admin/dashboard.ts';
import { currentSession } from '#server/admin/session.ts';
import { createSessionStore, createStore } from '#server/store/store.ts';
import { aReply } from '#tests/support/fixtures.ts';
import {
  EVENT,
  ADMIN_PASSWORD,
  SITE,
  context,
  invitedGuest,
  nextAddress,
  signIn,
  snapshot,
} from './support.ts';
import { type LoginView } from '#server/admin/views.ts';
import { handleLogin, handleLogout } from './through.ts';

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

describe('organiser sessions and the password in force', () => {
  it('end when ADMIN_PASSWORD changes (the session holds a fingerprint of the password it began with)', async () => {
    const cookie = await signIn(T0);
    const changed = { ADMIN_PASSWORD: 'a-new-organiser-password-2014' };
    expect(await currentSession(withCookie(cookie), context(minutes(1), changed))).toBeNull();
    // Ended on the server, not only refused: putting the old password back does not revive it.
    expect(await currentSession(withCookie(cookie), context(minutes(2)))).toBeNull();
    const after = await signIn(minutes(3));
    expect(await currentSession(withCookie(after), context(minutes(4)))).not.toBeNull();
  });

  it('keep no value from which the password could be tested without INVITE_SECRET', async () => {
    const cookie = await signIn(T0);
    const stored = Object.values(await snapshot())
      .map((entry) => entry.value ?? '')
      .filter((value) => value.includes('credential'));
    expect(stored.length).toBeGreaterThan(0);
    const { sha256Hex } = await import('#server/ids.ts');
    for (const value of stored) expect(value).not.toContain(await sha256Hex(PASSWORD));
    expect(cookie).not.toBe('');
  });
});

describe('signing in again in the same browser', () => {
  it('ends the session the browser had before', async () => {
    const first = await signIn(T0);
    const response = (await handleLogin(
      login({ name: 'Protocol Officer', password: PASSWORD }, { Cookie: first }),
      context(minutes(1)),
    )) as Response;
    expect(response.status).toBe(303);
    const second = (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    expect(second).not.toBe(first);
    expect(await currentSession(withCookie(first), context(minutes(2)))).toBeNull();
    expect(await currentSession(withCookie(second), context(minutes(2)))).not.toBeNull();
  });

  it('keeps the session when the new attempt fails', async () => {
    const first = await signIn(T0);
    const wrong = await handleLogin(
      login({ name: 'Protocol Officer', password: 'not-the-password' }, { Cookie: first }),
      context(minutes(1)),
    );
    expect(wrong.status).toBe(401);
    expect(await currentSession(withCookie(first), context(minutes(2)))).not.toBeNull();
  });
});

describe('recording activity on a session', () => {
  it('never re-creates a session that a concurrent logout ended', async () => {
    const cookie = await signIn(T0);
    let raced = false;
    // The logout lands after the activity check has read the session and before it writes.
    const racing = new Proxy(env.RSVPS, {
      get(target, property) {
        const member = Reflect.get(target, property, target);
        if (property !== 'get') return typeof member === 'function' ? member.bind(target) : member;
        return async (...args: unknown[]) => {
          const result: unknown = await (member as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          if (!raced) {
            raced = true;
            await handleLogout(withCookie(cookie, '/admin/logout', 'POST'), context(minutes(10)));
          }
          return result;
        };
      },
    });
    // Ten minutes after sign-in: the activity is due to be recorded.
    await currentSession(withCookie(cookie), {
      ...context(minutes(10)),
      sessions: createSessionStore(racing),
    });
    expect(raced).toBe(true);
    expect(await currentSession(withCookie(cookie), context(minutes(11)))).toBeNull();
  });
});

describe('the dashboard', () => {
  it('counts invited, yes, no, delegate and no reply yet, and lists each reply', async () => {
    const store = createStore(env.RSVPS, EVENT);
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
