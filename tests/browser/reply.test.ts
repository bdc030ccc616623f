import { describe, expect, inject, it } from 'vitest';
import {
  accessibilityViolationsOfSnapshot,
  useBrowser,
  type BrowserContext,
  type Page,
  clientAddressHeader,
} from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const closedUrl = inject('closedUrl');
const links = inject('links');
const adminPassword = inject('adminPassword');

const browser = useBrowser();

/** A fresh browser profile with JavaScript off, as on a locked-down government laptop. */
async function noScript(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: clientAddressHeader(),
  });
  // Fail fast with the locator named, rather than at the test's own timeout.
  context.setDefaultTimeout(5000);
  return { context, page: await context.newPage() };
}

const url = (path: string, base = baseUrl) => new URL(path, base).href;
const text = async (page: Page, selector = 'main') =>
  (await page.locator(selector).innerText()).replace(/\s+/g, ' ');

describe('the reply journey with JavaScript off', () => {
  it('opens the personal link, replies, sees the confirmation, then changes the reply', async () => {
    const { context, page } = await noScript();
    const response = await page.goto(url(links.testjourney ?? ''));
    expect(page.url()).toBe(url(urls.reply(EVENT, 'en')));
    expect(response?.status()).toBe(200);
    expect(page.url()).not.toContain('/i/');
    expect(await text(page)).toContain('Dear Minister of the Interior of Ireland,');
    expect(await text(page)).toContain('We have not received a reply from you yet.');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    // A first attempt with a mistake: a delegate without a position.
    await page.getByLabel('I cannot attend; my delegate will').check();
    await page.getByLabel('Delegate’s name').fill('Secretary General');
    await page.locator('#f-dietary').getByLabel('Vegetarian').check();
    await page.getByLabel('Message to the organisers').fill('Arriving late from Dublin.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    expect(page.url()).toBe(url(urls.rsvp(EVENT)));
    expect(await text(page, '.error-summary')).toContain('Enter your delegate’s position.');
    expect(await page.getByLabel('Delegate’s position').getAttribute('aria-invalid')).toBe('true');
    // Every entered value is kept.
    expect(await page.getByLabel('I cannot attend; my delegate will').isChecked()).toBe(true);
    expect(await page.getByLabel('Delegate’s name').inputValue()).toBe('Secretary General');
    expect(await page.locator('#f-dietary').getByLabel('Vegetarian').isChecked()).toBe(true);
    expect(await page.getByLabel('Message to the organisers').inputValue()).toBe(
      'Arriving late from Dublin.',
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    // Corrected: the minister attends.
    await page.getByLabel('Yes, I will attend').check();
    await page.getByLabel('Delegate’s name').fill('');
    await page.locator('#f-accessibility').fill('Step-free access, please.');
    await page.getByRole('button', { name: 'Send reply' }).click();
    const confirmation = await text(page);
    expect(confirmation).toContain('Thank you: your reply is recorded');
    expect(confirmation).toContain('Yes, I will attend');
    expect(confirmation).toContain('Vegetarian');
    expect(confirmation).toContain('Step-free access, please.');
    expect(confirmation).toMatch(/Reference R-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    const reference = /R-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(confirmation)?.[0];

    // Change it: the page shows the current reply, pre-filled.
    await page.getByRole('link', { name: 'Change your reply' }).click();
    expect(await text(page)).toContain('Your current reply');
    expect(await text(page)).toMatch(/Last changed on \d{1,2} \w+ \d{4} at \d{2}\.\d{2}/);
    expect(await page.getByLabel('Yes, I will attend').isChecked()).toBe(true);
    expect(await page.locator('#f-dietary').getByLabel('Vegetarian').isChecked()).toBe(true);
    await page.getByLabel('No, I cannot attend').check();
    await page.getByRole('button', { name: 'Send changed reply' }).click();
    const changed = await text(page);
    expect(changed).toContain('No, I cannot attend');
    expect(changed).not.toContain(reference);
    await context.close();
  });

  it('opens a Maltese guest’s link on the Maltese reply page', async () => {
    const { context, page } = await noScript();
    await page.goto(url(links.testmalta ?? ''));
    expect(page.url()).toBe(url(urls.reply(EVENT, 'mt')));
    expect(await text(page)).toContain('Minister for Home Affairs of Malta');
    await context.close();
  });

  it('shows the same 404 page for an unknown link, without setting a cookie', async () => {
    const { context, page } = await noScript();
    const response = await page.goto(url('/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'));
    expect(response?.status()).toBe(404);
    expect(await text(page)).toContain('This invitation link is not valid.');
    expect(await context.cookies()).toEqual([]);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });

  it('explains politely, with 401, that replying needs the personal link', async () => {
    const { context, page } = await noScript();
    const response = await page.goto(url(urls.reply(EVENT, 'en')));
    expect(response?.status()).toBe(401);
    expect(await text(page)).toContain('Replies need your personal invitation link.');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });
});

describe('the reply page after the deadline', () => {
  it('shows the closed state: no enabled form control, the deadline, the mailbox, a mailto with name and reference', async () => {
    const { context, page } = await noScript();
    await page.goto(url(links.testclosed ?? '', closedUrl));
    expect(page.url()).toBe(url(urls.reply(EVENT, 'en'), closedUrl));
    const closed = await text(page);
    expect(closed).toContain('Replies are closed');
    // The closed server's deadline is the event's own (tests/browser/server.ts): its last day.
    const lastDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: EVENT.timeZone }).format(
      new Date(Date.parse(EVENT.deadline) - 1),
    );
    expect(closed).toContain(lastDay);
    expect(closed).toContain(EVENT.mailbox);
    expect(await page.locator('form, input, textarea, select, button').count()).toBe(0);
    const mailto =
      (await page.getByRole('link', { name: 'Write to the organisers' }).getAttribute('href')) ?? '';
    expect(mailto.startsWith(`mailto:${EVENT.mailbox}?subject=`)).toBe(true);
    expect(decodeURIComponent(mailto)).toContain('Minister of the Interior of Portugal');
    expect(decodeURIComponent(mailto)).toContain('Reference:');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });
});

describe('the organisers’ page', () => {
  it('refuses admin data without a session, signs in, and shows the replies', async () => {
    const { context, page } = await noScript();
    const anonymous = await page.goto(url(urls.admin.dashboard(EVENT)));
    expect(anonymous?.status()).toBe(401);
    expect(await page.locator('table').count()).toBe(0);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    await page.getByLabel('Your name').fill('Protocol Officer');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await text(page)).toContain('Enter the password again: the one entered is not correct.');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(page.url()).toBe(url(urls.admin.dashboard(EVENT)));
    expect(await text(page)).toContain('Signed in as Protocol Officer');
    expect(Number(await page.locator('[data-count="invited"]').innerText())).toBeGreaterThanOrEqual(5);
    expect(await page.locator('tr[data-guest="testjourney"]').innerText()).toContain('No, I cannot attend');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    expect(await page.locator('[data-chase="testclosed"]').count()).toBe(1);
    expect(await page.locator('[data-chase="testjourney"]').count()).toBe(0);

    await page.getByRole('link', { name: 'Names, notes and access needs' }).click();
    expect(await text(page)).toContain('Catering and access');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await page.goto(url(urls.admin.guest(EVENT, 'testjourney')));
    expect(await text(page)).toContain('History of every version');
    expect(await page.locator('tr[data-version]').count()).toBe(2);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await page.goto(url(urls.admin.dashboard(EVENT)));

    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.locator('table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    await context.close();
  });
});

describe('the reply form by keyboard alone', () => {
  it('can be completed and sent with Tab, Space and Enter', async () => {
    const { context, page } = await noScript();
    await page.goto(url(links.testkeyboard ?? ''));
    await page.locator('body').focus();
    // Tab to the first radio of the attendance group, choose it, then submit from a text field.
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      if (
        await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'attending')
      )
        break;
    }
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Yes, I will attend').isChecked()).toBe(true);
    await page.getByLabel('Delegate’s name').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(url(urls.rsvp(EVENT)));
    expect(await text(page)).toContain('Thank you: your reply is recorded');
    await context.close();
  });
});

describe('the reply form with JavaScript on', () => {
  it('shows only what applies, shows the server’s refusal in place, and confirms without a page load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url(links.testscript ?? ''));
    const delegate = page.locator('fieldset.delegate');
    const companions = page.locator('fieldset.companions');
    expect(await delegate.isVisible()).toBe(false);
    expect(await companions.isVisible()).toBe(false);

    await page.getByLabel('I cannot attend; my delegate will').check();
    expect(await delegate.isVisible()).toBe(true);
    expect(await companions.isVisible()).toBe(true);
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST') posts++;
    });
    await page.getByRole('button', { name: 'Send reply' }).click();
    // The server refuses (one error pattern, no check of the script's own); the page stays.
    await page.locator('[data-error-summary]').waitFor();
    expect(posts).toBe(1);
    expect(page.url()).toBe(url(urls.reply(EVENT, 'en')));
    expect(await page.getByLabel('Delegate’s name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-delegate-name-error').innerText()).toBe('Enter your delegate’s name.');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);

    await page.getByLabel('Delegate’s name').fill('Director-General for Internal Security');
    await page.getByLabel('Delegate’s position').fill('Director-General');
    await page.locator('fieldset.delegate').getByLabel('Halal').check();
    await page.locator('details.companion > summary').first().click();
    await page.locator('details.companion').getByLabel('Name', { exact: true }).fill('Senior Adviser');
    await page.getByLabel('Your name').fill('Private Office');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('heading', { name: 'Thank you: your reply is recorded' }).waitFor();
    expect(page.url()).toBe(url(urls.reply(EVENT, 'en')));
    expect(posts).toBe(2);
    const receipt = await text(page);
    expect(receipt).toContain('Director-General for Internal Security, Director-General');
    expect(receipt).toContain('Senior Adviser');
    expect(receipt).toContain('Private Office');
    // Focus on the heading announces it once (no live region reading it a second time).
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Thank you: your reply is recorded',
    );
    expect(await page.locator('[aria-live]:not([data-status])').count()).toBe(0);
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await context.close();
  });
});
