import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();

describe('the reply page as a person sees it', () => {
  it('paints, before its script runs, what the script shows: nothing moves when it loads', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(url(links.testlayout ?? ''));
    // The page as first painted: the same page with its scripts held back.
    await page.route(/\.js$/, (route) => route.abort());
    await page.reload();
    const before = await page.locator('fieldset.delegate').boundingBox();
    const submit = await page.locator('[data-reply-form] button[type="submit"]').boundingBox();
    await page.unroute(/\.js$/);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(before).toBeNull(); // not chosen: not shown, before as after the script
    expect(await page.locator('fieldset.delegate').boundingBox()).toBeNull();
    expect((await page.locator('[data-reply-form] button[type="submit"]').boundingBox())?.y).toBe(submit?.y);
    await context.close();
  });

  it('styles the telephone field like the e-mail field', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testlayout ?? ''));
    const look = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.width, style.borderTopWidth, style.borderTopColor, style.paddingTop, style.fontSize];
      });
    expect(await look('input[type="tel"]')).toEqual(await look('input[type="email"]'));
    await context.close();
  });

  it('fits 375 px after a reply with companions and long needs, and never breaks the mailbox at its hyphen', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(url(links.testlayout ?? ''));
    await page.locator('input[name="attending"][value="yes"]').check();
    await page.locator('input[name="allergens"][value="gluten"]').check();
    await page.locator('input[name="severeAllergens"][value="sulphites"]').check();
    await page.locator('input[name="dietary"][value="lactose_free"]').check();
    await page
      .locator('textarea[name="dietaryNotes"], input[name="dietaryNotes"]')
      .first()
      .fill('Ei seesaminsiemeniä eikä sinapinsiemeniä');
    await page.locator('details.companion > summary').first().click();
    await page
      .locator('input[name="companions.0.name"]')
      .fill('Erityisavustaja Maria-Liisa Virtanen-Korhonen');
    await page
      .locator('input[name="companions.0.position"]')
      .fill('Sisäministeriön kansainvälisten asioiden yksikönpäällikkö');
    await page.locator('input[name="respondent.name"]').fill('Anna-Kaisa Lehtinen-Mäkelä');
    await page
      .locator('input[name="respondent.email"]')
      .fill('kansainvaliset.asiat.sisaministerio@example.org');
    await page.locator('[data-reply-form] button[type="submit"]').click();
    await page.locator('.receipt').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.goto(url(urls.invitation(EVENT, 'fi')));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const part of await page.locator('a[href^="mailto:"] .nowrap').all())
      expect((await part.evaluate((element) => element.getClientRects().length)) ?? 0).toBe(1);
    await context.close();
  });
});
