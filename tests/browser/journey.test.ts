import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolationsOfSnapshot, useBrowser, type Page } from './browser.ts';
import { textsIn } from '#schemas/event.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();

const text = async (page: Page) => (await page.locator('main').innerText()).replace(/\s+/g, ' ');

/** Waits for the answer to a reply: a new page without JavaScript, the same page with it. */
async function send(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('heading', { name: 'Thank you: your reply is recorded' }).waitFor();
}

for (const javaScriptEnabled of [false, true]) {
  describe(`the invitee's whole journey with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    it('opens the link, accepts with a companion, changes to a delegate, gets the calendar and prints the receipt', async () => {
      const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
      context.setDefaultTimeout(5000);
      const page = await context.newPage();
      const requests: { url: string; referer: string }[] = [];
      page.on('request', (request) =>
        requests.push({ url: request.url(), referer: request.headers().referer ?? '' }),
      );
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(error.message));
      const link = links[javaScriptEnabled ? 'testwalkjs' : 'testwalknojs'] ?? '';
      const token = link.split('/i/')[1] ?? '';
      const axe = async () => expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

      await page.goto(url(link));
      expect(page.url()).toBe(url(urls.reply(EVENT, 'en')));
      await axe();

      await page.getByLabel('Yes, I will attend').check();
      await page.locator('details.companion > summary').first().click();
      await page.locator('details.companion').getByLabel('Name', { exact: true }).fill('Senior Adviser');
      await page.locator('details.companion').getByLabel('Vegetarian').check();
      await send(page, 'Send reply');
      // The companion, and their needs labelled beneath.
      expect(await text(page)).toContain('Senior Adviser Dietary requirements: Vegetarian');
      await axe();

      await page.getByRole('link', { name: 'Change your reply' }).click();
      await page.getByLabel('I cannot attend; my delegate will').check();
      await page.getByLabel('Delegate’s name').fill('Secretary General of the Ministry');
      await page.getByLabel('Delegate’s position').fill('Secretary General');
      await send(page, 'Send changed reply');
      const receipt = await text(page);
      expect(receipt).toContain('I cannot attend; my delegate will');
      expect(receipt).toContain('Secretary General of the Ministry, Secretary General');
      expect(receipt).toContain('Senior Adviser');
      await axe();

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: textsIn(EVENT, 'en').addToCalendar }).click();
      const calendar = readFileSync((await (await download).path()) ?? '', 'utf8');
      expect(calendar).toContain(
        `DTSTART:${new Date(EVENT.start).toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
      );

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('link', { name: 'Change your reply' }).isVisible()).toBe(false);
      expect(await page.locator('nav.languages').isVisible()).toBe(false);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'the receipt prints on one A4 page').toBe(1);

      // The token appears in the first request only: never in a later URL or Referer.
      expect(requests[0]?.url).toBe(url(link));
      for (const request of requests.slice(1)) {
        expect(request.url, request.url).not.toContain(token);
        expect(request.referer, request.url).not.toContain(token);
      }
      expect(requests.filter((request) => new URL(request.url).origin !== new URL(baseUrl).origin)).toEqual(
        [],
      );
      expect(violations, 'no CSP violation or script error').toEqual([]);
      await context.close();
    });
  });
}
