import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { securityHeaders } from '#server/http/security-headers.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');

const get = (path: string, init: RequestInit = {}) =>
  fetch(new URL(path, baseUrl), { redirect: 'manual', ...init });

describe('security headers on every response of the built site', () => {
  const paths = [
    '/',
    urls.invitation(EVENT, 'en'),
    urls.reply(EVENT, 'en'),
    '/nonexistent',
    '/i/unknown-token',
    '/api/rsvp',
    '/admin',
    '/robots.txt',
    '/favicon.svg',
  ];
  for (const path of paths) {
    it(`are all on ${path}`, async () => {
      const response = await get(path);
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });
  }

  it('forbid inline script and framing in the CSP', () => {
    const csp = securityHeaders['Content-Security-Policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
  });
});

describe('caching of personal and organiser responses', () => {
  it('is forbidden (no-store) on the reply page, the API, the personal link and the organisers’ page', async () => {
    for (const path of [urls.reply(EVENT, 'en'), '/api/rsvp', links.testjourney ?? '', '/admin']) {
      expect((await get(path)).headers.get('Cache-Control'), path).toBe('no-store');
    }
  });

  it('answers JSON with charset=utf-8', async () => {
    expect((await get('/api/rsvp')).headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('serves robots.txt disallowing all', async () => {
    expect(await (await get('/robots.txt')).text()).toMatch(/User-agent: \*\s+Disallow: \//);
  });
});
