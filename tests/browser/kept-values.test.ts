import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { translator } from '#i18n/index.ts';
import { accessibilityViolationsOfSnapshot, useBrowser } from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const browser = useBrowser();
const t = translator('en');
const url = (path: string) => new URL(path, baseUrl).href;

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const send = async (page: Page, label: string) => {
  await page.getByRole('button', { name: label }).click();
  await page.waitForLoadState();
};

describe('the parts an answer hides keep their values, across a refusal too (#26 item 3)', () => {
  it.runIf(EVENT.options.companions && EVENT.options.dietary && EVENT.options.access)(
    'JavaScript on: needs, a companion and a dietary choice survive "No", a refused phone number and "Yes" again, and are sent',
    async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      context.setDefaultTimeout(5000);
      const page = await context.newPage();
      await page.goto(url(links.testhiddenparts ?? ''));

      // Recorded first: attending, vegetarian, access needs, one companion.
      await page.getByLabel(t('reply.attending.yes')).check();
      await field(page, 'dietary').and(page.locator('[value="vegetarian"]')).check();
      await field(page, 'accessibility').fill('Step-free access to the table');
      await page.locator('details.companion > summary').first().click();
      await field(page, 'companions.0.name').fill('Anna Lindqvist');
      await send(page, t('reply.submit'));
      await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.confirmed.heading'));

      // Changing it: "No", then a telephone number that is refused.
      await page.goto(url(urls.reply(EVENT, 'en')));
      await page.getByLabel(t('reply.attending.no')).check();
      await field(page, 'respondent.name').fill('Private Office');
      await field(page, 'respondent.phone').fill('call the office');
      await send(page, t('reply.submitChange'));
      await expect.poll(() => page.locator('[data-error-summary]').count()).toBe(1);

      // "Yes" again: everything typed and recorded before is still there.
      await page.getByLabel(t('reply.attending.yes')).check();
      expect(await field(page, 'dietary').and(page.locator('[value="vegetarian"]')).isChecked()).toBe(true);
      expect(await field(page, 'accessibility').inputValue()).toBe('Step-free access to the table');
      expect(await field(page, 'companions.0.name').inputValue()).toBe('Anna Lindqvist');
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

      // And sent: the confirmation holds them.
      await field(page, 'respondent.phone').fill('+46 8 405 10 00');
      await send(page, t('reply.submitChange'));
      await expect.poll(() => page.locator('h1').innerText()).toBe(t('reply.confirmed.heading'));
      const confirmed = await page.locator('main').innerText();
      expect(confirmed).toContain(t('reply.dietary.vegetarian'));
      expect(confirmed).toContain('Step-free access to the table');
      expect(confirmed).toContain('Anna Lindqvist');
      await context.close();
    },
  );

  it.runIf(EVENT.options.companions)(
    'JavaScript off: companions over the allowance (lowered while the form was open) stay on the page, the summary links to them and says what to do (#26 item 5)',
    async () => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 375, height: 800 },
      });
      context.setDefaultTimeout(5000);
      const page = await context.newPage();
      await page.goto(url(links.testlowered ?? ''));
      await page.getByLabel(t('reply.attending.yes')).check();
      await page.locator('details.companion > summary').first().click();
      // The form as it was when the invitation included two companions: a second block.
      await page
        .locator('details.companion')
        .first()
        .evaluate((block) => {
          const second = block.cloneNode(true) as HTMLElement;
          for (const control of second.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[name]')) {
            control.name = control.name.replace('companions.0.', 'companions.1.');
            control.id = control.id.replace('companions-0', 'companions-1');
          }
          block.parentNode?.insertBefore(second, block.nextSibling);
        });
      await field(page, 'companions.0.name').fill('Ana Popescu');
      await field(page, 'companions.1.name').fill('Ion Ionescu');
      await send(page, t('reply.submit'));

      const summary = page.locator('[data-error-summary]');
      const link = summary.getByRole('link', { name: t('fix.companions.too_many') });
      const target = (await link.getAttribute('href')) ?? '';
      expect(await page.locator(target).count()).toBe(1);
      expect(await page.locator(target).innerText()).toContain(t('fix.companions.too_many'));
      // What was typed is still there, both companions.
      expect(await field(page, 'companions.0.name').inputValue()).toBe('Ana Popescu');
      expect(await field(page, 'companions.1.name').inputValue()).toBe('Ion Ionescu');
      expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
      await context.close();
    },
  );
});
