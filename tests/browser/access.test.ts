import { describe, expect, inject, it } from 'vitest';
import { accessJwt } from '#tests/support/access-keys.ts';
import { routes, request } from './admin-route-list.ts';
import { accessibilityViolationsOfSnapshot, useBrowser } from './browser.ts';

// The built Worker served with ACCESS_TEAM_DOMAIN (a key set on loopback) and ACCESS_AUD.
const accessUrl = inject('accessUrl');
const access = inject('access');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, accessUrl).href;
const HEADER = 'Cf-Access-Jwt-Assertion';

const browser = useBrowser();

const token = (key = access.keys.current, claims: { audience?: string; issuer?: string } = {}) =>
  accessJwt(key, { issuer: claims.issuer ?? access.issuer, audience: claims.audience ?? access.audience });

describe('the organisers’ pages behind Cloudflare Access (built Worker, real HTTP)', () => {
  it('show the Access page, not a password form, without a valid assertion', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(url('/admin'));
    expect(response?.status()).toBe(401);
    expect(await page.locator('h1').innerText()).toBe('Organisers’ pages');
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });

  it('let an organiser in with Access’s assertion, named by it', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { [HEADER]: await token() } });
    const page = await context.newPage();
    expect((await page.goto(url('/admin')))?.status()).toBe(200);
    expect(await page.locator('.admin-bar').innerText()).toContain(
      'Signed in as organiser@commission.example',
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(new URL(page.url()).pathname).toBe('/cdn-cgi/access/logout');
    await context.close();
  });

  it('refuse every route with a forged, foreign or missing assertion, and start no password session', async () => {
    const login = await fetch(url('/admin/login'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Password User', password: adminPassword }).toString(),
    });
    expect(login.status).toBe(303);
    expect(login.headers.get('Set-Cookie')).toBeNull();

    const assertions = {
      missing: undefined,
      'another key under the same kid': await token(access.keys.impostor),
      'another audience': await token(undefined, { audience: 'another-application' }),
      'another issuer': await token(undefined, { issuer: 'https://other-team.cloudflareaccess.com' }),
    };
    for (const route of routes) {
      for (const [label, assertion] of Object.entries(assertions)) {
        const response = await request(accessUrl, route, undefined, assertion ? { [HEADER]: assertion } : {});
        expect(response.status, `${route.method} ${route.path}: ${label}`).toBe(401);
        await response.body?.cancel();
      }
    }
    // The GET routes answer the organiser Access let through.
    const valid = await token();
    for (const route of routes.filter((item) => item.method === 'GET')) {
      const response = await request(accessUrl, route, undefined, { [HEADER]: valid });
      expect(response.status, route.path).toBe(200);
      await response.body?.cancel();
    }
  });
});
