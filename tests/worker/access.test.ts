import { env } from 'cloudflare:workers';
import { urls } from '#server/urls.ts';
import { SignJWT, base64url, importJWK, type JWK, type JWTPayload } from 'jose';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { accessIdentity } from '#server/admin/access.ts';
import { currentSession } from '#server/admin/session.ts';
import { createStore } from '#server/store/store.ts';
import { envSchema } from '#schemas/env.ts';
import {
  EVENT,
  ADMIN_PASSWORD,
  SITE,
  adminPost,
  context,
  invitedGuest,
  nextAddress,
  signIn,
  snapshot,
} from './support.ts';
import { type GuestPageView } from '#server/admin/views.ts';
import { exportCsv, guestPage, handleLogin, handleLogout } from './through.ts';

// The key set is served over real HTTP by tests/worker/access-setup.ts (a vitest globalSetup).
const ORIGIN = inject('accessOrigin');
const KEYS = inject('accessKeys');
const AUD = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const ACCESS = { ACCESS_TEAM_DOMAIN: ORIGIN, ACCESS_AUD: AUD };
const EMAIL = 'protocol.officer@council.example';
const PASSWORD = ADMIN_PASSWORD;

const T0 = new Date(Date.now());
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** The handler context with Access on, at `now`. */
const withAccess = (now = T0) => context(now, ACCESS);

/** The claims of a valid Access token issued at `now` (Access adds a few more we do not read). */
const validClaims = (now = T0): JWTPayload => ({
  iss: ORIGIN,
  aud: [AUD],
  sub: '5c1f2a0e-0000-4000-8000-000000000001',
  email: EMAIL,
  type: 'app',
  iat: seconds(now),
  nbf: seconds(now),
  exp: seconds(now) + 3600,
});

/** An Access-like token for `now`, signed by `key`; each refusal test changes one thing. */
async function accessToken({
  key = KEYS.current,
  claims = {},
  now = T0,
}: { key?: JWK; claims?: JWTPayload; now?: Date } = {}) {
  return new SignJWT({ ...validClaims(now), ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid })
    .sign(await importJWK(key, 'RS256'));
}

/** A compact JWS from raw parts, for the tokens no honest library would make. */
const compact = (header: object, payload: object) =>
  `${[header, payload].map((part) => base64url.encode(JSON.stringify(part))).join('.')}.`;

const request = (path: string, token?: string, init: RequestInit = {}) =>
  new Request(`${SITE}${path}`, {
    ...init,
    headers: {
      'Sec-Fetch-Site': 'same-origin',
      ...(token === undefined ? {} : { 'Cf-Access-Jwt-Assertion': token }),
      ...(init.headers as Record<string, string> | undefined),
    },
  });

const sessionOf = (token: string | undefined, now = T0) =>
  currentSession(request('/admin', token), withAccess(now));

describe('a valid Access JWT', () => {
  it('is an organiser session: the e-mail address as name, created when Access issued it', async () => {
    const issued = minutes(-10);
    expect(await sessionOf(await accessToken({ now: issued }))).toEqual({
      name: EMAIL,
      createdAt: new Date(seconds(issued) * 1000).toISOString(),
      lastSeenAt: T0.toISOString(),
      // Access keeps the session: none here, and no idle end of ours to warn about.
      key: null,
      endsAt: null,
      final: false,
    });
  });

  it('is verified with the key its kid names (Access publishes two while it rotates keys)', async () => {
    expect(await sessionOf(await accessToken({ key: KEYS.next }))).toMatchObject({ name: EMAIL });
  });

  it('of a service token names its common_name', async () => {
    const token = await accessToken({ claims: { email: undefined, common_name: 'a1b2c3.access' } });
    expect(await sessionOf(token)).toMatchObject({ name: 'a1b2c3.access' });
  });

  it('expires by the injected clock, not the wall clock', async () => {
    const token = await accessToken();
    expect(await sessionOf(token, minutes(59))).not.toBeNull();
    expect(await sessionOf(token, minutes(61))).toBeNull();
  });

  it('fetches the key set once per isolate, not once per request', async () => {
    await sessionOf(await accessToken());
    const hits = async () => Number(await (await fetch(`${ORIGIN}/hits`)).text());
    const before = await hits();
    for (let i = 0; i < 3; i++) expect(await sessionOf(await accessToken())).not.toBeNull();
    expect(await hits()).toBe(before);
  });
});

describe('the Access path refuses', () => {
  const lines: string[] = [];
  beforeEach(() => {
    lines.length = 0;
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  // Each refusal changes one thing of the token the first test accepts, so none passes vacuously.
  const refusals: [string, () => Promise<string | undefined>][] = [
    ['a bad signature (another key under the published kid)', () => accessToken({ key: KEYS.impostor })],
    ['a key id that is not in the key set', () => accessToken({ key: KEYS.stranger })],
    ['a wrong audience', () => accessToken({ claims: { aud: ['another-application-aud'] } })],
    ['a wrong issuer', () => accessToken({ claims: { iss: 'https://other.cloudflareaccess.com' } })],
    ['an expired token', () => accessToken({ now: minutes(-61) })],
    ['a token not valid yet (nbf)', () => accessToken({ claims: { nbf: seconds(minutes(5)) } })],
    ['a token without an expiry', () => accessToken({ claims: { exp: undefined } })],
    ['a token without a name', () => accessToken({ claims: { email: undefined } })],
    [
      'a name with a bidi override',
      () => accessToken({ claims: { email: 'officer\u202e@council.example' } }),
    ],
    ['alg: none (unsigned)', async () => compact({ alg: 'none', typ: 'JWT' }, validClaims())],
    [
      'alg: none with the published kid',
      async () => compact({ alg: 'none', kid: KEYS.current.kid }, validClaims()),
    ],
    [
      'HS256 "signed" with the public key',
      () =>
        new SignJWT(validClaims())
          .setProtectedHeader({ alg: 'HS256', kid: KEYS.current.kid })
          .sign(new TextEncoder().encode(inject('accessPublicPem'))),
    ],
    ['a missing header', async () => undefined],
    ['an empty header', async () => ''],
    ['a garbage header', async () => 'not-a-jwt'],
    ['three garbage segments', async () => 'a.b.c'],
    ['a truncated signature', async () => (await accessToken()).slice(0, -10)],
    ['a token with a fourth segment', async () => `${await accessToken()}.x`],
  ];

  it('nothing: the token the refusals start from is accepted', async () => {
    expect(await sessionOf(await accessToken())).toMatchObject({ name: EMAIL });
  });

  for (const [name, make] of refusals) {
    it(name, async () => {
      const token = await make();
      expect(await sessionOf(token)).toBeNull();
      expect(
        await accessIdentity(request('/admin', token), { issuer: ORIGIN, audience: AUD }, T0),
      ).toBeNull();
      // A refusal is silent: nothing of the token (or anything else) reaches the logs.
      expect(lines).toEqual([]);
    });
  }
});

describe('with Access on', () => {
  it('the organisers’ pages answer to a valid JWT, and the identity authors a recorded reply', async () => {
    const { guest } = await invitedGuest();
    const token = await accessToken();
    const view = (await guestPage(
      request(urls.admin.guest(EVENT, guest.id), token),
      withAccess(),
      guest.id,
    )) as GuestPageView;
    expect(view.status).toBe(200);
    expect(
      (await exportCsv(request(urls.admin.download(EVENT, 'export.csv'), token), withAccess())).status,
    ).toBe(200);

    const record = request(urls.admin.guest(EVENT, guest.id), token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['action', 'record'],
        ['source', 'email'],
        ['attending', 'yes'],
      ]).toString(),
    });
    expect(((await guestPage(record, withAccess(), guest.id)) as Response).status).toBe(303);
    expect(await createStore(env.RSVPS, EVENT).getReply(guest.id)).toMatchObject({
      attending: 'yes',
      author: EMAIL,
    });
  });

  it('the same pages refuse a request without a valid JWT (401)', async () => {
    const { guest } = await invitedGuest();
    const forged = await accessToken({ key: KEYS.impostor });
    for (const token of [undefined, forged]) {
      expect(
        (
          (await guestPage(
            request(urls.admin.guest(EVENT, guest.id), token),
            withAccess(),
            guest.id,
          )) as Response
        ).status,
      ).toBe(401);
      expect(
        (await exportCsv(request(urls.admin.download(EVENT, 'export.csv'), token), withAccess())).status,
      ).toBe(401);
    }
  });

  it('a valid password-session cookie without a JWT is refused', async () => {
    const cookie = await signIn(T0);
    const withCookie = request('/admin', undefined, { headers: { Cookie: cookie } });
    // The same cookie is a session with Access off: the refusal is Access's doing.
    expect(await currentSession(withCookie, context(T0))).toMatchObject({ name: 'Protocol Officer' });
    expect(await currentSession(withCookie, withAccess())).toBeNull();
  });

  it('the password sign-in starts no session, even with the right password: 303 to /admin', async () => {
    const before = await snapshot();
    const response = await handleLogin(
      adminPost(
        '/admin/login',
        [
          ['name', 'Protocol Officer'],
          ['password', PASSWORD],
        ],
        '',
        { 'CF-Connecting-IP': nextAddress() },
      ),
      withAccess(),
    );
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(303);
    expect((response as Response).headers.get('Location')).toBe('/admin');
    expect((response as Response).headers.get('Set-Cookie')).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it('sign-out goes to Access’s sign-out, still only by a same-origin POST', async () => {
    const token = await accessToken();
    const response = await handleLogout(request('/admin/logout', token, { method: 'POST' }), withAccess());
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/cdn-cgi/access/logout');
    expect((await handleLogout(request('/admin/logout', token), withAccess())).status).toBe(405);
    const crossSite = request('/admin/logout', token, {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    });
    expect((await handleLogout(crossSite, withAccess())).status).toBe(403);
  });
});

describe('the Access settings', () => {
  const secrets = { ADMIN_PASSWORD: PASSWORD, INVITE_SECRET: 'x'.repeat(32) };
  const parse = (vars: Record<string, string>) => envSchema.safeParse({ ...secrets, ...vars });

  it('take the team domain as a host or an https origin, and give the issuer', () => {
    for (const domain of ['myteam.cloudflareaccess.com', 'https://myteam.cloudflareaccess.com/']) {
      expect(parse({ ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: AUD }).data?.access).toEqual({
        issuer: 'https://myteam.cloudflareaccess.com',
        audience: AUD,
      });
    }
    expect(parse({ ACCESS_TEAM_DOMAIN: '', ACCESS_AUD: '' }).data?.access).toBeUndefined();
  });

  it('refuse only one of the two, naming the missing one', () => {
    const domainOnly = parse({ ACCESS_TEAM_DOMAIN: 'myteam.cloudflareaccess.com', ACCESS_AUD: '' });
    const audOnly = parse({ ACCESS_AUD: AUD });
    expect(domainOnly.error?.issues).toMatchObject([
      { path: ['ACCESS_AUD'], message: expect.stringMatching(/both/) },
    ]);
    expect(audOnly.error?.issues).toMatchObject([{ path: ['ACCESS_TEAM_DOMAIN'] }]);
    expect(() => context(T0, { ACCESS_AUD: AUD })).toThrow(/ACCESS_TEAM_DOMAIN and ACCESS_AUD/);
  });

  it('take plain http only on a loopback host, and no path', () => {
    for (const domain of ['http://127.0.0.1:8787', 'http://localhost:8787', 'http://[::1]:8787']) {
      expect(parse({ ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: AUD }).success, domain).toBe(true);
    }
    for (const domain of [
      'http://myteam.cloudflareaccess.com',
      'https://myteam.cloudflareaccess.com/certs',
      'ftp://x',
    ]) {
      expect(parse({ ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: AUD }).success, domain).toBe(false);
    }
  });
});
