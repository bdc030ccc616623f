import { writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import { midList } from '#i18n/format.ts';
import { adminTranslator, translator } from '#i18n/index.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const adminPassword = inject('adminPassword');
const browser = useBrowser();
const url = (path: string) => new URL(path, baseUrl).href;
const a = adminTranslator();
/** Screenshots for the record, when SHOTS_DIR names a folder. */
const shots = process.env.SHOTS_DIR;

/** The guest's words, in Estonian: the guest of this test replies in it. */
const t = translator('et');
const severe = (code: 'peanuts' | 'milk') =>
  t('reply.allergens.severeMark', { allergen: t(`reply.allergen.${code}`) });

describe('food allergies (the kitchen)', () => {
  it('keeps an allergen and its "severe allergy" box in agreement as they are ticked, with JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(url(links.testkitchen ?? ''));
    await page.locator('input[name="attending"][value="yes"]').check();
    const own = page.locator('#f-allergens');
    await own.getByRole('checkbox', { name: severe('peanuts'), exact: true }).check();
    expect(
      await own.getByRole('checkbox', { name: t('reply.allergen.peanuts'), exact: true }).isChecked(),
    ).toBe(true);
    await own.getByRole('checkbox', { name: severe('milk'), exact: true }).check();
    await own.getByRole('checkbox', { name: t('reply.allergen.milk'), exact: true }).uncheck();
    expect(await own.getByRole('checkbox', { name: severe('milk'), exact: true }).isChecked()).toBe(false);
    if (shots) await own.screenshot({ path: `${shots}/allergens-et-375.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('takes a severe allergy ticked alone without JavaScript, says so in the reply, and lists it for the kitchen', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: clientAddressHeader(),
      viewport: { width: 375, height: 800 },
    });
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    await page.goto(url(links.testkitchen ?? ''));
    await page.locator('input[name="attending"][value="yes"]').check();
    const own = page.locator('#f-allergens');
    // Each box is named with its allergen, so a screen reader tells the fourteen "severe" boxes apart.
    await own.getByRole('checkbox', { name: severe('peanuts'), exact: true }).check();
    await own.getByRole('checkbox', { name: t('reply.allergen.milk'), exact: true }).check();
    await page.locator('input[name="respondent.name"]').fill('Siseministri büroo');
    await page.locator('form button[type="submit"]').last().click();
    await page.waitForLoadState();
    const recorded = page.locator('dl.recorded').last();
    const row = recorded.locator('div', {
      has: page.getByText(t('reply.summary.allergens'), { exact: true }),
    });
    // The severe one first, then the others as a list goes on in Estonian.
    expect(await row.locator('dd').innerText()).toBe(
      `${severe('peanuts')}, ${midList(t('reply.allergen.milk'), 'et')}`,
    );
    if (shots) await page.screenshot({ path: `${shots}/allergens-confirmed-et-375.png`, fullPage: true });

    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAsOrganiser(page, baseUrl, adminPassword, 'Chef de cuisine', urls.admin.catering(EVENT));
    const allergic = page.locator('[data-allergies] tbody tr', {
      has: page.getByText('Minister of the Interior of Estonia (kitchen)'),
    });
    expect(await allergic.count()).toBe(1);
    const en = translator('en');
    // Marked beyond bold: a sign and a rule that a black-and-white print keeps.
    expect(await allergic.locator('li.severe-allergy').innerText()).toBe(
      `⚠ ${en('reply.allergens.severeMark', { allergen: en('reply.allergen.peanuts') })}`,
    );
    expect(await allergic.locator('li:not(.severe-allergy)').innerText()).toBe(en('reply.allergen.milk'));
    // Nobody at this event has a seat yet: the row says so.
    expect(await allergic.locator('td').first().innerText()).toBe(a('admin.seating.noSeat'));
    expect(
      Number(
        await page
          .locator('[data-allergen="peanuts"]')
          .innerText()
          .then((s) => s.split(' ')[0]),
      ),
    ).toBeGreaterThan(0);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/catering-allergies-1280.png`, fullPage: true });
    // Printed for the kitchen: dated, without the page's navigation, the severe allergy on it.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    if (shots) writeFileSync(`${shots}/catering.pdf`, pdf);
    const { text: printed } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    // As read, whatever lines a table cell wraps onto.
    const text = printed.replace(/\s+/g, ' ');
    expect(text).toContain(en('reply.allergens.severeMark', { allergen: en('reply.allergen.peanuts') }));
    expect(text).toMatch(/As of \d/);
    expect(text).not.toContain(a('admin.back'));
    await context.close();
  });
});
