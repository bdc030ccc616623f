import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, useBrowser } from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const SCREENSHOTS = 'test-results/screenshots';

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

describe('the reply page on a 320 px phone', () => {
  for (const lang of (['bg', 'el', 'ga', 'mt', 'fi'] as const).filter((code) =>
    EVENT.languages.includes(code),
  )) {
    it(`in ${lang}: no horizontal scroll, no accessibility violation (screenshot kept)`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      const page = await context.newPage();
      await page.goto(new URL(links.testnarrow ?? '', baseUrl).href);
      await page.goto(new URL(urls.reply(EVENT, lang), baseUrl).href);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await page.locator('input[name="attending"][value="delegate"]').check();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/reply-${lang}-320.png`, fullPage: true });
      await context.close();
    });
  }
});
