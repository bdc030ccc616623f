import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
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

describe('the optional JavaScript', () => {
  it('is at most 3 KiB compressed for every page that loads it (all scripts together)', () => {
    const scripts = assets('.js');
    expect(scripts.length).toBeGreaterThan(0);
    const all = Buffer.concat(scripts.map((script) => script.bytes));
    expect(gzipSync(all, { level: 9 }).length).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(brotliCompressSync(all).length).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });
});

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
});
