import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const browser = useBrowser();

/** Guests whose forms are only ever refused here (nothing is written), one per language. */
const cases = [
  { lang: 'en', guest: 'testkeyboard', error: 'Error: ', label: 'Delegate’s name' },
  { lang: 'el', guest: 'testvalid', error: 'Σφάλμα: ', label: 'Ονοματεπώνυμο εκπροσώπου' },
  { lang: 'fi', guest: 'testlayout', error: 'Virhe: ', label: 'Edustajan nimi' },
] as const;

describe('a refused reply form, with JavaScript off and on', () => {
  for (const javaScriptEnabled of [false, true]) {
    for (const { lang, guest, error, label } of cases) {
      it(`${lang}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the title says so, focus is on a summary that names the fields`, async () => {
        const context = await browser.newContext({ javaScriptEnabled });
        context.setDefaultTimeout(5000);
        const page = await context.newPage();
        await page.goto(new URL(links[guest] ?? '', baseUrl).href);
        await page.locator('input[name=attending][value=delegate]').check();
        if (javaScriptEnabled) {
          // The script checks the delegate's fields before sending: fill them, and give the server
          // something to refuse (an e-mail address that is not one), so its refusal comes back.
          await page.locator('[name="delegate.name"]').fill('x');
          await page.locator('[name="delegate.position"]').fill('y');
          await page.locator('[name="respondent.email"]').fill('not an address');
        }
        await page.locator('form[data-reply-form] button[type=submit]').click();
        const summary = page.locator('[data-error-summary]');
        await summary.waitFor();
        expect(await page.title()).toMatch(new RegExp(`^${error}`));
        const items = await summary.locator('a').allInnerTexts();
        expect(items.length).toBeGreaterThan(0);
        // Every link names its field, then says what is wrong.
        for (const item of items) expect(item).toMatch(/.+: .+/);
        if (!javaScriptEnabled) expect(items.join(' ')).toContain(label);
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(
          true,
        );
        await context.close();
      });
    }
  }
});
