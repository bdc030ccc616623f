import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { translatedLocales } from '../../src/i18n/index.ts';

// DESIGN's budget: the invitation arrives in the first round trip. CSS is inlined into the page,
// so the page file is HTML + CSS; any stylesheet file the build emits is counted with it.
const BUDGET_BYTES = 14 * 1024;

function stylesheets(): Buffer[] {
  const dir = 'dist/client/_astro';
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(`${dir}/${name}`));
  } catch {
    return [];
  }
}

describe('the size budget of the built invitation pages', () => {
  for (const lang of translatedLocales) {
    it(`keeps /${lang}/ (HTML + CSS) within 14 KiB compressed`, () => {
      const page = Buffer.concat([readFileSync(`dist/client/${lang}/index.html`), ...stylesheets()]);
      expect(gzipSync(page, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_BYTES);
      expect(brotliCompressSync(page).length).toBeLessThanOrEqual(BUDGET_BYTES);
    });
  }
});
