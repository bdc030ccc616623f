import { describe, expect, inject, it } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { EVENT, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const browser = useBrowser();
const a = adminTranslator();
const url = (path: string) => new URL(path, baseUrl).href;
const header = 'id,name,position,organisation,email,language,category,companions';

async function dashboardPage(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: clientAddressHeader() });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  await signInAsOrganiser(page, baseUrl, adminPassword);
  await page.goto(url(urls.admin.dashboard(EVENT)));
  return { context, page };
}

const csv = (rows: string[]) => ({
  name: 'guests.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${header}\r\n${rows.join('\r\n')}\r\n`),
});

describe('the guest list upload, as an organiser sees it (#26 items 9 and 10)', () => {
  it('names the values a column takes when a cell is not one of them; nothing imported', async () => {
    const { context, page } = await dashboardPage(false);
    await page.getByLabel(a('admin.import.file')).setInputFiles(csv(['importpage01,Guest,,,,xx,,0']));
    await page.getByRole('button', { name: a('admin.import.submit') }).click();
    const summary = await page.locator('[data-error-summary]').innerText();
    expect(summary).toContain(`Row 2, column language: Use one of: ${EVENT.languages.join(', ')}.`);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });

  it('after the session ended, the sign-in page says nothing was imported and the file must be chosen again', async () => {
    const { context, page } = await dashboardPage(false);
    await context.clearCookies();
    await page
      .getByLabel(a('admin.import.file'))
      .setInputFiles(csv([`importpage02,Guest,,,,${EVENT.original},,0`]));
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith(urls.admin.import(EVENT))),
      page.getByRole('button', { name: a('admin.import.submit') }).click(),
    ]);
    expect(response.status()).toBe(401);
    expect(await page.locator('[data-session-ended]').innerText()).toBe(a('admin.session.upload'));
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });
});
