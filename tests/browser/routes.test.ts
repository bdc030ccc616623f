import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { getPlatformProxy } from 'wrangler';
import { routes, type Method, type Route } from '#server/routes.ts';
import { createToken } from '#server/tokens.ts';
import { accessibilityViolationsOfSnapshot, clientAddressHeader, useBrowser } from './browser.ts';
import { GUEST } from './admin-route-list.ts';
import { EVENT, OTHER, urls } from './site.ts';
import { textsIn } from '#schemas/event.ts';
import { eventKeys } from '#server/store/keys.ts';
import { translator } from '#i18n/index.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const inviteSecret = inject('inviteSecret');
const browser = useBrowser();

const get = (path: string, init: RequestInit = {}, base = baseUrl) =>
  fetch(new URL(path, base), { redirect: 'manual', ...init });

async function signIn(): Promise<string> {
  const response = await get('/admin/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...clientAddressHeader() },
    body: new URLSearchParams({ name: 'Route Walker', password: adminPassword }).toString(),
  });
  expect(response.status).toBe(303);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

/** The route patterns of the pages under src/pages that render on demand (in the Worker). */
function onDemandPages(folder = 'src/pages'): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return onDemandPages(path);
    if (!/export const prerender = false/.test(readFileSync(path, 'utf8'))) return [];
    return [`/${relative('src/pages', path)}`.replace(/\.(astro|ts)$/, '').replace(/\/?index$/, '') || '/'];
  });
}

/** One address of each route, as a visitor would ask for it. */
const samples: Record<keyof typeof routes, string> = {
  '/': urls.home,
  '/404': urls.notFound,
  '/500': urls.serverError,
  '/[event]': urls.event(EVENT),
  '/i/[token]': urls.personalLink('not-a-token'),
  '/[event]/[lang]/reply': urls.reply(EVENT, 'en'),
  '/api/rsvp': urls.rsvp(EVENT),
  '/admin/login': urls.admin.signIn,
  '/admin/logout': urls.admin.signOut,
  '/admin/session': urls.admin.session,
  '/admin': urls.admin.home,
  '/admin/[event]': urls.admin.dashboard(EVENT),
  '/admin/[event]/catering': urls.admin.catering(EVENT),
  '/admin/[event]/print': urls.admin.print(EVENT),
  '/admin/[event]/seating': urls.admin.seating(EVENT),
  '/admin/[event]/cards': urls.admin.cards(EVENT),
  '/admin/[event]/door': urls.admin.door(EVENT),
  '/admin/[event]/door-sw.js': urls.admin.doorWorker(EVENT),
  '/admin/[event]/guests/new': urls.admin.newGuest(EVENT),
  '/admin/[event]/guests/[id]': urls.admin.guest(EVENT, GUEST),
  '/admin/[event]/import': urls.admin.import(EVENT),
  '/admin/[event]/notices': urls.admin.notices(EVENT),
  '/admin/[event]/[download]': urls.admin.download(EVENT, 'export.csv'),
};

describe('the route table (src/server/routes.ts)', () => {
  it('has an entry for every page the Worker renders, and none for a page it does not', () => {
    expect(onDemandPages().sort()).toEqual(Object.keys(routes).sort());
  });
});

describe('every route the Worker renders', () => {
  const methods: Method[] = ['GET', 'HEAD', 'POST'];
  const entries = Object.entries(routes) as [keyof typeof routes, Route][];

  it('answers a method it does not take with 405 and Allow, in words (JSON where JSON is asked)', async () => {
    const cookie = await signIn();
    for (const [pattern, route] of entries) {
      if (!route.methods) continue;
      for (const method of [...methods.filter((m) => !route.methods?.includes(m)), 'PUT', 'DELETE']) {
        const response = await get(samples[pattern], { method, headers: { Cookie: cookie } });
        const label = `${method} ${pattern}`;
        expect(response.status, label).toBe(405);
        expect(response.headers.get('Allow'), label).toBe(route.methods.join(', '));
        expect(response.headers.get('Cache-Control'), label).toBe('no-store');
        if (method === 'HEAD') continue;
        const type = response.headers.get('Content-Type') ?? '';
        if (route.kind === 'api' || route.json) {
          expect(type, label).toBe('application/json; charset=utf-8');
          expect(await response.json(), label).toMatchObject({ error: { code: 'method_not_allowed' } });
        } else {
          // The site's own page, saying so in words (not an empty body the browser shows as its own error).
          expect(type, label).toBe('text/html; charset=utf-8');
          expect(await response.text(), label).toContain(
            'This address does not accept this kind of request.',
          );
        }
      }
    }
  });

  it('is never kept by a cache (no-store), signed in or not', async () => {
    const cookie = await signIn();
    for (const [pattern, route] of entries) {
      const method = route.methods?.[0] ?? 'GET';
      for (const headers of [{}, { Cookie: cookie }] as Record<string, string>[]) {
        const response = await get(samples[pattern], { method, headers });
        expect(response.headers.get('Cache-Control'), `${method} ${pattern}`).toBe('no-store');
      }
    }
  });

  it('asks an organisers’ route for a session before anything else (401, the sign-in page)', async () => {
    for (const [pattern, route] of entries.filter(([, item]) => item.kind === 'organiser')) {
      const method = route.methods?.includes('GET') ? 'GET' : 'POST';
      const response = await get(samples[pattern], { method, headers: { 'Sec-Fetch-Site': 'same-origin' } });
      expect(response.status, pattern).toBe(401);
      expect(await response.text(), pattern).toContain('<title>Sign in — Organisers</title>');
    }
  });
});

describe('an address that does not exist', () => {
  it('gets the site’s own 404 page, never the framework’s, whatever it looks like', async () => {
    const cookie = await signIn();
    // A language the other event does not have (every event has some of the 24 it lacks).
    const missing =
      (['mt', 'ga', 'hr', 'lv'] as const).find((lang) => !OTHER.languages.includes(lang)) ?? 'xx';
    const unknown: [string, Record<string, string>][] = [
      ['/nowhere', {}],
      ['/fr/nowhere', {}],
      ['/no-such-event/en/reply', {}],
      [`${urls.event(EVENT)}/fr/nowhere`, {}],
      [`${urls.reply(EVENT, 'en')}/extra`, {}],
      [`${urls.event(EVENT)}/xx/reply`, {}],
      [`${urls.event(OTHER)}/${missing}/reply`, {}],
      [`${urls.event(OTHER)}/${missing}/`, {}],
      ['/_astro/missing.js', {}],
      ['/favicon.png', {}],
      [urls.admin.guest(EVENT, 'nobody'), { Cookie: cookie }],
      [`${urls.admin.dashboard(EVENT)}/nothing.csv`, { Cookie: cookie }],
      [`${urls.admin.dashboard(EVENT)}/guests`, { Cookie: cookie }],
      ['/admin/no-such-event', { Cookie: cookie }],
    ];
    for (const [path, headers] of unknown) {
      const response = await get(path, { headers });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('Content-Type'), path).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      const body = await response.text();
      expect(body, path).toContain('<a class="skip" href="#main">');
      expect(body, path).not.toContain('404: Not found');
      expect(body, path).toMatch(/<h1 id="page-heading">[^<]+<\/h1>/);
    }
  });

  it('is in the language of the address, with a way on and the site’s style (JavaScript off)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(
      new URL(`${urls.event(EVENT)}/fr/cette-page-n-existe-pas`, baseUrl).href,
    );
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Page introuvable');
    expect(await page.title()).toBe(`Page introuvable — ${textsIn(EVENT, 'fr').title}`);
    const back = page.getByRole('link', { name: 'Retour à l’invitation' });
    expect(await back.getAttribute('href')).toBe(urls.invitation(EVENT, 'fr'));
    // The site's stylesheet: the panel is drawn, not the browser's default page.
    expect(await page.locator('.panel').evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe(
      'solid',
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await back.click();
    expect(new URL(page.url()).pathname).toBe(urls.invitation(EVENT, 'fr'));
    await context.close();
  });

  it('is in the browser’s language where the address names none (JavaScript off)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-AT' });
    const page = await context.newPage();
    const response = await page.goto(new URL('/nirgendwo', baseUrl).href);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden');
    // No event named: the way on is the site's front door, which finds the default event.
    expect(await page.getByRole('link', { name: translator('de')('home.title') }).getAttribute('href')).toBe(
      urls.home,
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });

  it('is the organisers’ own under /admin: English, back to the event’s dashboard (or the events)', async () => {
    const cookie = await signIn();
    const response = await get(urls.admin.guest(EVENT, 'nobody'), { headers: { Cookie: cookie } });
    const body = await response.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<h1 id="page-heading">Page not found</h1>');
    expect(body).toContain(`<a href="${urls.admin.dashboard(EVENT)}">Back to the dashboard</a>`);
    const nowhere = await (await get('/admin/no-such-event', { headers: { Cookie: cookie } })).text();
    expect(nowhere).toContain(`<a href="${urls.admin.home}">Back to the dashboard</a>`);
  });
});

describe('a fault of ours', () => {
  it('gets the site’s own 500 page in the visitor’s language, with the mailbox and no trace of the fault', async () => {
    // A guest record that no longer reads, as a fault of ours would leave one.
    const { env, dispose } = await getPlatformProxy<Env>({
      configPath: 'wrangler.toml',
      persist: { path: `${inject('openState')}/v3` },
    });
    await env.RSVPS.put(eventKeys(EVENT).guest('unreadable1'), '{"id":"unreadable1"}', {
      expiration: Math.floor(Date.now() / 1000) + 3600,
    });
    await dispose();
    const token = await createToken(inviteSecret, EVENT.id, 'unreadable1', 1);
    const response = await get(`/i/${token}`, { headers: { 'Accept-Language': 'it' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await response.text();
    expect(body).toContain('<html lang="it">');
    expect(body).toContain('<h1 id="page-heading">Si è verificato un errore</h1>');
    expect(body).toContain(`href="mailto:${EVENT.mailbox}"`);
    expect(body).not.toMatch(/ZodError|at [a-zA-Z]+ \(|\.ts:\d+/);
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });
});
