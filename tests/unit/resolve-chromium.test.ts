import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Playwright reads where its browsers live when it is loaded: a folder of our own, set before the
// resolver (and with it playwright-core) is imported, so a developer's own download cannot interfere.
const scratch = mkdtempSync(join(tmpdir(), 'resolve-chromium-'));
process.env.PLAYWRIGHT_BROWSERS_PATH = join(scratch, 'playwright');
const { chromium } = await import('playwright-core');
const { resolveChromium } = await import('#scripts/lib/resolve-chromium.ts');
const { launch } = await import('#scripts/lib/chromium.ts');

/** A stand-in browser: an executable that answers `--version`. */
function fakeBrowser(path: string, version: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

const saved = { PATH: process.env.PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
const systemFolder = join(scratch, 'bin');
const noBrowserFolder = join(scratch, 'empty');

beforeAll(() => {
  mkdirSync(noBrowserFolder, { recursive: true });
  fakeBrowser(join(systemFolder, 'chromium'), 'System Chromium 1.0');
});
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CHROMIUM_PATH === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved.CHROMIUM_PATH;
  rmSync(process.env.PLAYWRIGHT_BROWSERS_PATH ?? '', { recursive: true, force: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the browser of the browser tests and the bench', () => {
  it('is CHROMIUM_PATH before any other', async () => {
    const chosen = fakeBrowser(join(scratch, 'chosen', 'browser'), 'Chosen Chromium 2.0');
    fakeBrowser(chromium.executablePath(), 'Playwright Chromium 3.0');
    process.env.CHROMIUM_PATH = chosen;
    process.env.PATH = systemFolder;
    const resolved = await resolveChromium();
    expect(resolved).toMatchObject({ source: 'CHROMIUM_PATH', executablePath: chosen });
    expect(resolved.description).toContain('Chosen Chromium 2.0');
  });

  it('refuses a CHROMIUM_PATH that is not there rather than falling back to another browser', async () => {
    process.env.CHROMIUM_PATH = join(scratch, 'nowhere', 'chromium');
    process.env.PATH = systemFolder;
    await expect(resolveChromium()).rejects.toThrow(/CHROMIUM_PATH/);
  });

  it("is Playwright's own Chromium, when it is there, before the system's", async () => {
    delete process.env.CHROMIUM_PATH;
    const managed = fakeBrowser(chromium.executablePath(), 'Playwright Chromium 3.0');
    process.env.PATH = systemFolder;
    expect(await resolveChromium()).toMatchObject({ source: 'Playwright', executablePath: managed });
  });

  it("is the system's chromium on PATH before the packaged one", async () => {
    delete process.env.CHROMIUM_PATH;
    process.env.PATH = `${noBrowserFolder}:${systemFolder}`;
    const resolved = await resolveChromium({ cache: join(scratch, 'cache-unused') });
    expect(resolved).toMatchObject({ source: 'system', executablePath: join(systemFolder, 'chromium') });
    expect(readdirSync(scratch)).not.toContain('cache-unused');
  });

  it('is the packaged Chromium on a machine without one, unpacked once for concurrent runs, and it renders text', async () => {
    delete process.env.CHROMIUM_PATH;
    process.env.PATH = noBrowserFolder;
    const cache = join(scratch, 'cache');
    const [first, second] = await Promise.all([resolveChromium({ cache }), resolveChromium({ cache })]);
    expect(first.source).toBe('packaged');
    expect(second.executablePath).toBe(first.executablePath);
    expect(first.executablePath.startsWith(cache)).toBe(true);
    expect(first.description).toMatch(/@sparticuz\/chromium 153\.\d+\.\d+\): Chromium 153\./);
    // One version folder, no staging folder left behind by the loser of the race.
    expect(readdirSync(cache)).toEqual([first.executablePath.slice(cache.length + 1).split('/')[0]]);

    const browser = await launch(first);
    try {
      const page = await browser.newPage();
      await page.setContent('<p><span>Καλησπέρα · Здравейте · Il-ħin</span></p>');
      // With the packaged fonts found, the text has a width; with no font at all it would not.
      const width = await page.locator('span').evaluate((span) => span.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(100);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
