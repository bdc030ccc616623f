import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { clientAddressHeader } from './browser.ts';
import { statements as privacyStatements } from '#content/privacy/index.ts';
import { accessibilityStatements } from '#content/accessibility/index.ts';
import { events, urls } from './site.ts';

// docs/design.md's budget: the invitation arrives in the first round trip. CSS is inlined into the page,
// so the page file is HTML + CSS; any stylesheet file the build emits is counted with it.
const BUDGET_BYTES = 14 * 1024;

const JS_BUDGET_BYTES = 3 * 1024;

function assets(extension: string): { name: string; bytes: Buffer }[] {
  const dir = 'dist/client/_astro';
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .map((name) => ({ name, bytes: readFileSync(`${dir}/${name}`) }));
  } catch {
    return [];
  }
}

const stylesheets = () => assets('.css').map((asset) => asset.bytes);

describe('the size budget of the built invitation pages', () => {
  for (const path of events.flatMap((event) => event.languages.map((lang) => urls.invitation(event, lang)))) {
    it(`keeps ${path} (HTML + CSS) within 14 KiB compressed`, () => {
      const page = Buffer.concat([readFileSync(`dist/client${path}index.html`), ...stylesheets()]);
      expect(gzipSync(page, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_BYTES);
      expect(brotliCompressSync(page).length).toBeLessThanOrEqual(BUDGET_BYTES);
    });
  }
});

/** The script files `html` loads, with the chunks they import in turn, by name under _astro/. */
function scriptsOf(html: string): Set<string> {
  const found = new Set<string>();
  const pending = [...html.matchAll(/<script[^>]*\bsrc="\/_astro\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  while (pending.length) {
    const name = pending.pop() ?? '';
    if (!name || found.has(name)) continue;
    found.add(name);
    const text = readFileSync(`dist/client/_astro/${name}`, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      pending.push(match[1] ?? '');
  }
  return found;
}

describe('the optional JavaScript', () => {
  it('is at most 3 KiB compressed for every page that loads it (all its scripts together), and every script is counted on some page', async () => {
    const cookie = await organiserCookie();
    const invitation = events[0] ? urls.invitation(events[0], events[0].original) : '/';
    const event = events[0];
    if (!event) throw new Error('no event');
    // The reply page, as a guest's personal link opens it (its cookie, then the page).
    const opened = await fetch(new URL(inject('links').testvalid ?? '', inject('baseUrl')), {
      redirect: 'manual',
    });
    const invited = (opened.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    const pages: [string, Record<string, string>][] = [
      [invitation, {}],
      [opened.headers.get('Location') ?? '', { Cookie: invited }],
      [urls.admin.dashboard(event), { Cookie: cookie }],
      [urls.admin.guest(event, 'testvalid'), { Cookie: cookie }],
      [urls.admin.seating(event), { Cookie: cookie }],
      [urls.admin.cards(event), { Cookie: cookie }],
      [urls.admin.door(event), { Cookie: cookie }],
    ];
    const counted = new Set<string>();
    for (const [path, headers] of pages) {
      const response = await fetch(new URL(path, inject('baseUrl')), { headers });
      const html = await response.text();
      const names = scriptsOf(html);
      for (const name of names) counted.add(name);
      const all = Buffer.concat([...names].map((name) => readFileSync(`dist/client/_astro/${name}`)));
      expect(gzipSync(all, { level: 9 }).length, path).toBeLessThanOrEqual(JS_BUDGET_BYTES);
      expect(brotliCompressSync(all).length, path).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    }
    // No script escapes the budget by being on a page not listed here.
    expect(
      assets('.js')
        .map((asset) => asset.name)
        .filter((name) => !counted.has(name)),
    ).toEqual([]);
  });
});

/** An organiser's session cookie on the test server. */
async function organiserCookie(): Promise<string> {
  const response = await fetch(new URL(urls.admin.signIn, inject('baseUrl')), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...clientAddressHeader() },
    body: new URLSearchParams({ name: 'Budget', password: inject('adminPassword') }).toString(),
  });
  return (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
}

describe('the Worker bundle', () => {
  it('is at most 1 MiB compressed', () => {
    const dir = 'dist/server';
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (name) => name.endsWith('.mjs') || name.endsWith('.js'),
    );
    const bundle = Buffer.concat(files.map((name) => readFileSync(`${dir}/${name}`)));
    expect(bundle.length).toBeGreaterThan(0);
    expect(gzipSync(bundle, { level: 9 }).length).toBeLessThanOrEqual(1024 * 1024);
  });

  it('carries no statement of a prerendered page, only their titles (#27: a tenth of the bundle)', () => {
    const dir = 'dist/server';
    const bundle = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mjs') || name.endsWith('.js'))
      .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
      .join('\n');
    for (const lang of ['en', 'mt', 'el'] as const) {
      for (const statement of [privacyStatements[lang], accessibilityStatements[lang]]) {
        expect(bundle).toContain(statement.title);
        expect(bundle).not.toContain(statement.intro);
      }
    }
  });
});
