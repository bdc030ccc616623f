import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDevVars } from '#server/http/example-secrets.ts';
import { serve, type Server } from '#scripts/lib/server.ts';
import { clientAddressHeader } from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;
const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** A GET over plain HTTP with the Host header a deployed site would see. */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; body: string }> {
  const target = new URL(path, base);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname: target.hostname, port: target.port, path: target.pathname, headers: { Host: host } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end();
  });
}

async function signIn(): Promise<string> {
  const response = await fetch(url('/admin/login'), {
    method: 'POST',
    redirect: 'manual',
    headers: { ...formType, ...clientAddressHeader() },
    body: new URLSearchParams({ name: 'Security Reviewer', password: adminPassword }).toString(),
  });
  expect(response.status).toBe(303);
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

describe('the built Worker with the example secrets of .dev.vars.example', () => {
  let server: Server;
  beforeAll(async () => {
    const examples = parseDevVars(readFileSync('.dev.vars.example', 'utf8'));
    server = await serve({
      persistTo: '.wrangler/test-state-example',
      vars: {
        ADMIN_PASSWORD: examples.get('ADMIN_PASSWORD') ?? '',
        INVITE_SECRET: examples.get('INVITE_SECRET') ?? '',
      },
      quiet: true,
    });
  });
  afterAll(() => server?.stop());

  it('serves local development, as npm start needs', async () => {
    // The sign-in form (401 until signed in), and a personal-link lookup answered by the site itself.
    const response = await fetch(new URL('/admin', server.url));
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('name="password"');
    expect((await fetch(new URL('/i/not-a-token', server.url))).status).toBe(404);
  });

  it('refuses every dynamic route under any other hostname with 503', async () => {
    for (const path of ['/admin', '/api/rsvp', '/i/anything', '/']) {
      const answer = await getWithHost(server.url, path, 'invitation.example.org');
      expect(answer.status, path).toBe(503);
      expect(answer.body).toContain('.dev.vars.example');
    }
  });
});

/**
 * A chunked multipart upload of `size` bytes (no Content-Length), written until the server answers:
 * a server that refuses early may close the connection while the client still writes, which is the
 * point of reading with a cap, so a write error after the answer is expected, not a failure.
 */
function chunkedUpload(cookie: string, size: number): Promise<{ status: number; body: string }> {
  const target = new URL(urls.admin.import(EVENT), baseUrl);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'Content-Type': 'multipart/form-data; boundary=XyZ',
          'Transfer-Encoding': 'chunked',
          Cookie: cookie,
          Origin: target.origin,
        },
      },
      (response) => {
        answered = true;
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.write('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="guests.csv"\r\n\r\n');
    const line = `${'x'.repeat(1023)}\n`;
    let sent = 0;
    const writeMore = () => {
      while (!answered && sent < size) {
        sent += line.length;
        if (!request.write(line)) return void request.once('drain', writeMore);
      }
      if (!answered) request.end('\r\n--XyZ--\r\n');
    };
    writeMore();
  });
}

describe('guest list uploads over HTTP', () => {
  it('refuse a chunked upload over 1 MiB with 413 and its reason, and a malformed body with 400', async () => {
    const cookie = await signIn();
    const big = await chunkedUpload(cookie, 2 * 1024 * 1024);
    expect(big.status).toBe(413);
    expect(big.body).toContain('larger than 1 MiB');

    const malformed = await fetch(url(urls.admin.import(EVENT)), {
      method: 'POST',
      headers: {
        'Content-Type': 'multipart/form-data; boundary=XyZ',
        Cookie: cookie,
        Origin: new URL(baseUrl).origin,
      },
      body: 'not multipart',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('could not be read');
  });
});

describe('replies over HTTP', () => {
  /** The invitation cookie of a guest, from their personal link. */
  async function invitation(id: string): Promise<string> {
    const response = await fetch(url(links[id] ?? ''), { redirect: 'manual' });
    return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  }
  const post = (cookie: string, body: string, type = 'application/json') =>
    fetch(url('/api/rsvp'), {
      method: 'POST',
      headers: { 'Content-Type': type, Cookie: cookie, Origin: new URL(baseUrl).origin },
      body,
    });

  it('answer the same reply again as a replay: same reference and time', async () => {
    const cookie = await invitation('testcurl');
    const body = JSON.stringify({ attending: 'no', comment: 'Sent twice by a proxy.' });
    const first = (await (await post(cookie, body)).json()) as { reference: string; updatedAt: string };
    const again = (await (await post(cookie, body)).json()) as { reference: string; updatedAt: string };
    expect(again).toEqual(first);
  });

  it('refuse a __proto__ field and percent-encoded invalid UTF-8 in the no-JS form with 400', async () => {
    const cookie = await invitation('testcurl');
    for (const body of ['attending=yes&__proto__=x', 'attending=yes&comment=%C3%28']) {
      const response = await post(cookie, body, formType['Content-Type']);
      expect(response.status, body).toBe(400);
    }
  });
});
