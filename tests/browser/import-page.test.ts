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

  it('a form too long to keep through the sign-in is given as text to copy, and the note stays after a wrong password (#26 item 8)', async () => {
    const { context, page } = await dashboardPage(false);
    await page.goto(url(urls.admin.guest(EVENT, 'testrecord')));
    // Greek at the fields' limits: each letter is six characters once sent (%CE%B1), past 8 KiB.
    const long = 'Τηλεφωνική επικοινωνία '.repeat(40).slice(0, 500).trim();
    const comment = 'Το γραφείο του Υπουργού ενημέρωσε '.repeat(40).slice(0, 1000).trim();
    await page.getByLabel(/^Note/).fill(long);
    await page.locator('[name="comment"]').fill(comment);
    await context.clearCookies();
    await page.getByRole('button', { name: a('admin.record.submit') }).click();
    await page.waitForLoadState();
    expect(await page.locator('[data-session-ended]').innerText()).toBe(a('admin.session.lost'));
    const box = page.getByLabel(a('admin.session.lostLabel'));
    expect(await box.inputValue()).toContain(`${a('admin.record.note')}: ${long}`);
    expect(await box.inputValue()).toContain(comment);
    expect(await box.getAttribute('readonly')).not.toBeNull();
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await page.getByLabel('Your name').fill('Head of Protocol');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState();
    // The note and the box stay: a wrong password does not lose the text.
    expect(await page.locator('[data-session-ended]').innerText()).toBe(a('admin.session.lost'));
    expect(await page.getByLabel(a('admin.session.lostLabel')).inputValue()).toContain(comment);
    await context.close();
  });
});
