import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getPlatformProxy } from 'wrangler';
import { SESSION_ABSOLUTE_SECONDS, passwordFingerprint } from '#server/admin/session.ts';
import { newSessionId, sha256Hex } from '#server/ids.ts';
import { createSessionStore } from '#server/store/store.ts';
import { GUEST, formType, open, request, routes } from './admin-route-list.ts';
import { clientAddressHeader } from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const inviteSecret = inject('inviteSecret');
const openState = inject('openState');
const links = inject('links');

/** Every key and value of the open site's KV, read beside the running server. */
async function snapshot(): Promise<Record<string, string | null>> {
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: 'wrangler.toml',
    persist: { path: `${openState}/v3` },
  });
  try {
    const entries: Record<string, string | null> = {};
    let cursor: string | undefined;
    do {
      const page = await env.RSVPS.list({ cursor });
      for (const key of page.keys) entries[key.name] = await env.RSVPS.get(key.name);
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
    return entries;
  } finally {
    await dispose();
  }
}

/** The snapshot without organiser sessions (signing in for a test writes one). */
const withoutSessions = (entries: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(entries).filter(([key]) => !key.startsWith('session:')));

async function signIn(): Promise<string> {
  const response = await fetch(new URL('/admin/login', baseUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { ...formType, ...clientAddressHeader() },
    body: new URLSearchParams({ name: 'Route Prober', password: adminPassword }).toString(),
  });
  expect(response.status).toBe(303);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

/** A session cookie whose session began 13 hours ago: past the absolute limit of 12. */
async function expiredSession(): Promise<string> {
  const id = newSessionId();
  const then = new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 3600) * 1000).toISOString();
  const { env, dispose } = await getPlatformProxy<Env>({
    configPath: 'wrangler.toml',
    persist: { path: `${openState}/v3` },
  });
  try {
    // KV keeps the key an hour longer, as if its expiration had not come yet: the session's own
    // dates must refuse it.
    await createSessionStore(env.RSVPS).putSession(
      await sha256Hex(id),
      {
        name: 'Expired',
        createdAt: then,
        lastSeenAt: then,
        credential: await passwordFingerprint({ ADMIN_PASSWORD: adminPassword, INVITE_SECRET: inviteSecret }),
      },
      Math.floor(Date.now() / 1000) + 3600,
    );
  } finally {
    await dispose();
  }
  return `__Host-admin=${id}`;
}

async function loggedOutSession(): Promise<string> {
  const cookie = await signIn();
  const response = await fetch(new URL('/admin/logout', baseUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { Cookie: cookie },
  });
  expect(response.status).toBe(303);
  return cookie;
}

/** Route patterns of the files under src/pages/admin. */
function routeFiles(folder = 'src/pages/admin'): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    const route = `/${relative('src/pages', path)}`.replace(/\.(astro|ts)$/, '').replace(/\/index$/, '');
    return [route];
  });
}

describe('every organisers’ route', () => {
  it('is listed here (a new route file must be added to the refusal tests)', () => {
    const listed = new Set([...routes.map((route) => route.pattern), ...open]);
    expect(routeFiles().filter((route) => !listed.has(route))).toEqual([]);
  });

  it('refuses without a session, with an expired one, after logout and with a forged cookie, changing nothing', async () => {
    const cookies = {
      none: undefined,
      expired: await expiredSession(),
      'logged out': await loggedOutSession(),
      forged: `__Host-admin=${newSessionId()}`,
      malformed: '__Host-admin=../../session:x',
    };
    const before = await snapshot();
    for (const route of routes) {
      for (const [state, cookie] of Object.entries(cookies)) {
        const response = await request(baseUrl, route, cookie);
        const label = `${route.method} ${route.path} (${state})`;
        expect(response.status, label).toBe(401);
        expect(response.headers.get('Cache-Control'), label).toBe('no-store');
        expect(response.headers.get('Set-Cookie'), label).toBeNull();
        expect(response.headers.get('Content-Type'), label).toMatch(/^text\/html/);
        const body = await response.text();
        // Every route answers with the sign-in page (not the browser's bare "HTTP ERROR 401"),
        // which brings the organiser back where they were; nothing of the route itself shows.
        expect(body, label).toContain('name="password"');
        expect(body, label).toContain('<title>Sign in — Organisers</title>');
        expect(body, label).not.toContain('Minister of the Interior of Greece');
        const back = /name="return" value="([^"]*)"/.exec(body)?.[1] ?? urls.admin.home;
        // A route with no page of its own (import, sending the notices again, the idle warning's, a
        // download) returns to its event's dashboard (the events, for the site's own): signing in
        // must not start a download.
        const page =
          !['/admin/[event]/import', '/admin/[event]/notices', '/admin/session'].includes(route.pattern) &&
          !/\.[a-z]+(?:\?|$)/.test(route.path);
        const dashboard = route.pattern.startsWith('/admin/[event]')
          ? urls.admin.dashboard(EVENT)
          : urls.admin.home;
        expect(back.replaceAll('&amp;', '&'), label).toBe(page ? route.path : dashboard);
      }
    }
    // The expired session was deleted when it was refused; nothing else changed.
    const after = await snapshot();
    const sessions = (entries: Record<string, unknown>) =>
      Object.keys(entries).filter((k) => k.startsWith('session:'));
    expect(sessions(after).length).toBe(sessions(before).length - 1);
    expect(withoutSessions(after)).toEqual(withoutSessions(before));
    // The guest's link still works: no reissue, withdrawal or erasure went through.
    const opened = await fetch(new URL(links[GUEST] ?? '', baseUrl), { redirect: 'manual' });
    expect(opened.status).toBe(303);
  });

  it('refuses a cross-site POST even with a valid session, changing nothing', async () => {
    const cookie = await signIn();
    const before = await snapshot();
    const crossSite: Record<string, string>[] = [
      { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
      { Origin: 'https://evil.example' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const route of routes.filter((item) => item.method === 'POST')) {
      for (const headers of crossSite) {
        const response = await request(baseUrl, route, cookie, headers);
        expect(response.status, `${route.path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    const after = await snapshot();
    expect(withoutSessions(after)).toEqual(withoutSessions(before));
  });
});
