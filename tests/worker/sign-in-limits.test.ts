import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import example from '#root/.dev.vars.example?raw';
import { exampleSecretsRefusal, parseDevVars } from '#server/http/example-secrets.ts';
import { clientAddress } from '#server/http/limits.ts';
import { ADMIN_PASSWORD, SITE, context } from './support.ts';
import { type LoginView } from '#server/admin/views.ts';
import { handleLogin } from './through.ts';

function login(password: string, address: string, site = SITE) {
  return new Request(`${site}/admin/login`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': address,
    },
    body: new URLSearchParams({ name: 'Someone', password }).toString(),
  });
}

describe('the sign-in limit per client', () => {
  it('counts an IPv6 client by its /64: the next address in it does not start afresh', async () => {
    for (let host = 1; host <= 5; host++) {
      const view = (await handleLogin(
        login(`guess ${host}`, `2001:db8:77:1::${host}`),
        context(new Date()),
      )) as LoginView;
      expect(view.status, `attempt ${host}`).toBe(401);
    }
    // The same /64 written in full, with leading zeros: refused, even with the right password.
    const sixth = await handleLogin(
      login(ADMIN_PASSWORD, '2001:0db8:0077:0001:0000:0000:0000:00ff'),
      context(new Date()),
    );
    expect(sixth).toMatchObject({ status: 429, code: 'rate_limited' });
    // The neighbouring /64 is another client.
    expect(
      ((await handleLogin(login(ADMIN_PASSWORD, '2001:db8:77:2::1'), context(new Date()))) as Response)
        .status,
    ).toBe(303);
  });

  it('reads every way of writing an address', () => {
    const key = (address: string) =>
      clientAddress(new Request(SITE, { headers: { 'CF-Connecting-IP': address } }));
    expect(key('2001:db8:a:b:c:d:e:f')).toBe('2001:db8:a:b::/64');
    expect(key('2001:DB8:A:B::')).toBe('2001:db8:a:b::/64');
    expect(key('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(key('::1')).toBe('0:0:0:0::/64');
    expect(key('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(key('64:ff9b::192.0.2.7')).toBe('64:ff9b:0:0::/64');
    expect(key('198.51.100.7')).toBe('198.51.100.7');
    expect(clientAddress(new Request(SITE))).toBe('unknown');
  });
});

describe('failed sign-ins across the site', () => {
  it('past 20 a minute from any addresses and any hostname, lock sign-in for everyone, even with the right password', async () => {
    // Two hostnames routed to the same Worker share one count (each had its own 20 before).
    const hosts = ['https://guessing.invitation.test', 'https://other-name.invitation.test'];
    let refused = 0;
    let over: unknown;
    for (let attempt = 1; attempt <= 45 && !over; attempt++) {
      const view = (await handleLogin(
        login(`guess ${attempt}`, `203.0.113.${attempt}`, hosts[attempt % 2]),
        context(new Date()),
      )) as LoginView;
      if (view.status === 401) refused++;
      else over = view;
    }
    expect(over).toMatchObject({ status: 429, code: 'rate_limited' });
    // At most 20 wrong passwords were checked across both names (other tests' in this minute count too).
    expect(refused).toBeLessThanOrEqual(20);
    // A fresh address with the right password is refused too: no password is checked while locked.
    const organiser = await handleLogin(login(ADMIN_PASSWORD, '192.0.2.200', hosts[0]), context(new Date()));
    expect(organiser).toMatchObject({ status: 429, code: 'rate_limited' });
    // The lock is in KV, so every location sees it; it expires by itself.
    const lock = (await env.RSVPS.list({ prefix: 'lock:' })).keys;
    expect(lock.map((key) => key.name)).toEqual(['lock:sign-in']);
    expect(lock[0]?.expiration).toBeGreaterThan(Date.now() / 1000);
    await env.RSVPS.delete('lock:sign-in');
    expect(
      ((await handleLogin(login(ADMIN_PASSWORD, '192.0.2.201'), context(new Date()))) as Response).status,
    ).toBe(303);
  });
});

describe('the example secrets of .dev.vars.example', () => {
  const examples = parseDevVars(example);
  const exampleEnv = {
    ...env,
    ADMIN_PASSWORD: examples.get('ADMIN_PASSWORD') ?? '',
    INVITE_SECRET: examples.get('INVITE_SECRET') ?? '',
  } as Env;

  it('are found in the example file', () => {
    expect(examples.get('ADMIN_PASSWORD')?.length).toBeGreaterThanOrEqual(16);
    expect(examples.get('INVITE_SECRET')?.length).toBeGreaterThanOrEqual(32);
  });

  it('make a Worker refuse any request that is not local (503, for the operator)', async () => {
    for (const url of [
      'https://invitation.example.org/i/x',
      'https://repondez.workers.dev/admin',
      'http://192.0.2.1/',
    ]) {
      const refusal = exampleSecretsRefusal(exampleEnv, new Request(url));
      expect(refusal?.status, url).toBe(503);
      expect(await refusal?.text()).toContain('wrangler secret put');
    }
    // One example value is enough to refuse.
    const oneLeft = { ...env, INVITE_SECRET: examples.get('INVITE_SECRET') ?? '' } as Env;
    expect(exampleSecretsRefusal(oneLeft, new Request('https://invitation.example.org/'))?.status).toBe(503);
  });

  it('still serve local development (npm start copies the example)', () => {
    for (const url of [
      'http://localhost:4321/',
      'http://127.0.0.1:8787/admin',
      'http://[::1]:8787/',
      'http://site.localhost/',
    ]) {
      expect(exampleSecretsRefusal(exampleEnv, new Request(url)), url).toBeNull();
    }
    expect(exampleSecretsRefusal(env, new Request('https://invitation.example.org/'))).toBeNull();
  });
});
