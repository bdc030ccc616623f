import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolations,
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const SCREENSHOTS = 'test-results/screenshots';
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();
beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function organiser(width: number, javaScriptEnabled = true) {
  // Each organiser from their own address: the sign-in allows 5 attempts a minute per client.
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled,
    extraHTTPHeaders: clientAddressHeader(),
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await signInAsOrganiser(page, baseUrl, adminPassword);
  return { context, page };
}

describe('the organisers’ pages of an event', () => {
  for (const javaScript of [true, false]) {
    it(`lead to each page and each part of the dashboard from the top, JS ${javaScript ? 'on' : 'off'}`, async () => {
      const { context, page } = await organiser(1280, javaScript);
      const nav = page.getByRole('navigation', { name: 'This event’s pages' });
      await expect(nav.getByRole('link', { name: 'Counts' }).getAttribute('aria-current')).resolves.toBe(
        'page',
      );
      // The parts of the long dashboard are one link away, and the link lands on them.
      const guests = nav.getByRole('link', { name: 'Guests', exact: true });
      const href = (await guests.getAttribute('href')) ?? '';
      expect(href).toBe(`${urls.admin.dashboard(EVENT)}#guests-heading`);
      // From another page (a jump within the page itself is the browser's, not ours).
      await page.goto(url(urls.admin.newGuest(EVENT)));
      await page.goto(url(href));
      const top = await page
        .locator('#guests-heading')
        .evaluate((heading) => heading.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(-2);
      expect(top).toBeLessThan(300);
      // A page of its own is marked as the current one.
      await page.goto(url(urls.admin.newGuest(EVENT)));
      const current = page
        .getByRole('navigation', { name: 'This event’s pages' })
        .locator('[aria-current=page]');
      await expect(current.innerText()).resolves.toBe('Add a guest');
      // Every link of the navigation leads to a page that answers 200.
      for (const link of await nav.getByRole('link').all()) {
        const target = (await link.getAttribute('href')) ?? '';
        const response = await page.request.get(url(target));
        expect(response.status(), target).toBe(200);
        const id = new URL(url(target)).hash.slice(1);
        if (id) expect(await response.text(), target).toContain(`id="${id}"`);
      }
      // Without JavaScript axe cannot run in the page: it checks a copy of it.
      expect(
        javaScript
          ? await accessibilityViolations(page)
          : await accessibilityViolationsOfSnapshot(browser, page),
      ).toEqual([]);
      await context.close();
    });
  }

  it('say at 375 px that a wide table scrolls sideways, and not at 1280 px (JS on)', async () => {
    const narrow = await organiser(375);
    const hint = narrow.page.locator('#guests-heading ~ [data-scroll-hint]').first();
    await expect(hint.isVisible()).resolves.toBe(true);
    await expect(hint.innerText()).resolves.toMatch(/scroll it sideways/);
    await narrow.page.screenshot({ path: `${SCREENSHOTS}/dashboard-375.png`, fullPage: true });
    await narrow.context.close();
    const wide = await organiser(1280);
    await expect(wide.page.locator('[data-scroll-hint]').first().isVisible()).resolves.toBe(false);
    await wide.page.screenshot({ path: `${SCREENSHOTS}/dashboard-1280.png`, fullPage: true });
    await wide.context.close();
  });

  it('print without the navigation or the hints (the printable list as a PDF)', async () => {
    const { context, page } = await organiser(1280);
    await page.goto(url(urls.admin.print(EVENT)));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.event-nav').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ path: 'test-results/print.pdf', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (EVENT.options.dietary || EVENT.options.access) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url(urls.admin.catering(EVENT)));
      await page.pdf({ path: 'test-results/catering.pdf' });
    }
    await context.close();
  });
});

describe('the record form on a guest’s page (JS on)', () => {
  it('shows only the parts that apply to the answer chosen, and keeps what was typed in the others', async () => {
    const { context, page } = await organiser(1280);
    await page.goto(url(urls.admin.guest(EVENT, 'testany')));
    const record = page.locator('form[data-record-form]');
    const parts = {
      delegate: record.locator(`[data-when="${EVENT.options.delegates ? 'delegate' : ''}"]`),
      needs: record.locator('[data-when="yes"]'),
    };
    await record.locator('input[name=attending][value=yes]').check();
    if (EVENT.options.dietary || EVENT.options.access)
      await expect(parts.needs.first().isVisible()).resolves.toBe(true);
    if (EVENT.options.access) await record.locator('[name="accessibility"]').fill('Step-free access');
    await record.locator('input[name=attending][value=no]').check();
    // "Not attending" records no needs: the form does not ask for them.
    await expect(parts.needs.first().isVisible()).resolves.toBe(false);
    if (EVENT.options.delegates) await expect(parts.delegate.first().isVisible()).resolves.toBe(false);
    // Back to "Attending": what was typed is still there.
    await record.locator('input[name=attending][value=yes]').check();
    if (EVENT.options.access)
      await expect(record.locator('[name="accessibility"]').inputValue()).resolves.toBe('Step-free access');
    await context.close();
  });
});
