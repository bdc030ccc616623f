import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { clientAddressHeader } from './browser.ts';
import { EVENT, events, urls } from './site.ts';

const run = promisify(execFile);
const baseUrl = inject('baseUrl');
const closedUrl = inject('closedUrl');
const links = inject('links');
const adminPassword = inject('adminPassword');
const folder = mkdtempSync(join(tmpdir(), 'repondez-vnu-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

/** The W3C Nu HTML Checker (vnu-jar, on the machine's Java) over files: its errors, by file. */
async function validate(files: string[]): Promise<string[]> {
  const jar = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  let output: string;
  try {
    ({ stderr: output } = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }));
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? String(error);
  }
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages.map((m) => `${m.url.split('/').slice(-2).join('/')}:${m.lastLine ?? ''} ${m.message}`);
}

const cookieOf = (response: Response) => (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
const save = (name: string, html: string) => {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, html);
  return file;
};

describe('valid HTML (W3C Nu HTML Checker)', () => {
  it('on every built invitation page, each with <html lang> of its locale', { timeout: 60_000 }, async () => {
    const pages = events.flatMap((event) =>
      event.languages.map((lang) => ({ lang, path: urls.invitation(event, lang) })),
    );
    const files = pages.map(({ path }) => join('dist', 'client', path, 'index.html'));
    expect(await validate(files)).toEqual([]);
    for (const { lang, path } of pages) {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      expect(html).toContain(`<html lang="${lang}"`);
    }
  });

  it('on every state of the reply page and the organisers’ pages', { timeout: 60_000 }, async () => {
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const invitation = cookieOf(await fetch(new URL(links.testvalid ?? '', baseUrl), { redirect: 'manual' }));
    const page = (path: string, init: RequestInit = {}, base = baseUrl) =>
      fetch(new URL(path, base), { ...init, headers: { Cookie: invitation, ...init.headers } }).then((r) =>
        r.text(),
      );
    const closedInvitation = cookieOf(
      await fetch(new URL(links.testvalid ?? '', closedUrl), { redirect: 'manual' }),
    );

    const files = [
      save('reply-none', await (await fetch(new URL(urls.reply(EVENT, 'en'), baseUrl))).text()),
      save('reply-empty', await page(urls.reply(EVENT, 'el'))),
      save(
        'reply-errors',
        await page('/api/rsvp', { method: 'POST', headers: form, body: 'attending=delegate&lang=el' }),
      ),
      save(
        'reply-confirmed',
        await page('/api/rsvp', {
          method: 'POST',
          headers: form,
          body: 'attending=yes&dietary=halal&lang=el',
        }),
      ),
      save('reply-prefilled', await page(urls.reply(EVENT, 'el'))),
      save(
        'reply-closed',
        await (
          await fetch(new URL(urls.reply(EVENT, 'el'), closedUrl), { headers: { Cookie: closedInvitation } })
        ).text(),
      ),
      save('invalid-link', await (await fetch(new URL('/i/nothing', baseUrl))).text()),
      save('admin-login', await (await fetch(new URL('/admin', baseUrl))).text()),
    ];
    const login = await fetch(new URL('/admin/login', baseUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { ...form, ...clientAddressHeader() },
      body: new URLSearchParams({ name: 'Validator', password: adminPassword }).toString(),
    });
    const admin = { headers: { Cookie: cookieOf(login) } };
    files.push(
      save(
        'admin-dashboard',
        await (await fetch(new URL(urls.admin.dashboard(EVENT), baseUrl), admin)).text(),
      ),
    );
    files.push(
      save(
        'admin-guest',
        await (await fetch(new URL(urls.admin.guest(EVENT, 'testvalid'), baseUrl), admin)).text(),
      ),
    );
    files.push(
      save('admin-catering', await (await fetch(new URL(urls.admin.catering(EVENT), baseUrl), admin)).text()),
      save('admin-print', await (await fetch(new URL(urls.admin.print(EVENT), baseUrl), admin)).text()),
      save(
        'admin-new-guest',
        await (await fetch(new URL(urls.admin.newGuest(EVENT), baseUrl), admin)).text(),
      ),
    );
    // The add-a-guest form with its errors, as an organiser's browser would post it.
    const refused = await fetch(new URL(urls.admin.newGuest(EVENT), baseUrl), {
      method: 'POST',
      headers: { ...form, Cookie: admin.headers.Cookie },
      body: new URLSearchParams({
        name: '',
        email: 'not-an-address',
        language: 'xx',
        companions: '-1',
      }).toString(),
    });
    expect(refused.status).toBe(400);
    files.push(save('admin-new-guest-errors', await refused.text()));
    expect(await validate(files)).toEqual([]);
  });
});
