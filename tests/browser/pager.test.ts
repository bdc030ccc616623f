import { describe, expect, inject, it } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { OTHER, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const browser = useBrowser();
const a = adminTranslator();
const url = (path: string) => new URL(path, baseUrl).href;

describe('the pages of the still-to-reply list, as GOV.UK’s pagination', () => {
  it('names each page’s link "Page N", marks the current one, gives each a 24 px target, and the title says the page', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: clientAddressHeader() });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    await signInAsOrganiser(page, baseUrl, adminPassword, 'Head of Protocol', urls.admin.dashboard(OTHER));
    // 120 guests who have not replied: three pages of 50.
    const rows = Array.from(
      { length: 120 },
      (_, index) => `pager${String(index).padStart(3, '0')},Pager Guest ${index},,,,${OTHER.original},,0`,
    );
    await page.getByLabel(a('admin.import.file')).setInputFiles({
      name: 'guests.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `id,name,position,organisation,email,language,category,companions\r\n${rows.join('\r\n')}\r\n`,
      ),
    });
    await page.getByRole('button', { name: a('admin.import.submit') }).click();
    await page.waitForLoadState();
    await page.goto(url(`${urls.admin.dashboard(OTHER)}?chase=2`));
    expect(await page.title()).toMatch(/^Dashboard, Still to reply \(page 2 of \d+\) — Organisers$/);
    const pages = page.getByRole('navigation', { name: a('admin.chase.pages') });
    const current = pages.getByRole('link', { name: 'Page 2' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await pages.getByRole('link', { name: 'Page 1' }).count()).toBe(1);
    for (const box of await pages
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });
});
