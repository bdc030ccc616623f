import { describe, expect, inject, it } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
} from './browser.ts';
import { importRows, recordReply } from './evening.ts';
import { OTHER, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const doorPassword = inject('doorPassword');
const browser = useBrowser();
const a = adminTranslator();
const url = (path: string) => new URL(path, baseUrl).href;
/** Screenshots for the record, when SHOTS_DIR names a folder. */
const shots = process.env.SHOTS_DIR;
const phone = { width: 375, height: 740 };

/** Guests of the other event who attend, for the door to tick. */
const guests = [
  ['doorbr001', 'Ambassador At The Door', 'EE'],
  ['doorbr002', 'Αικατερίνη Θυρωρού', 'EL'],
  ['doorbr003', 'Seosaimhín Ní Dhoras', 'IE'],
  ['doorbr004', 'Ambassador Arriving Offline', 'SE'],
] as const;

let seeded = false;
/** The guests imported and their replies recorded, once, by an organiser. */
async function seed() {
  if (seeded) return;
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: clientAddressHeader(),
  });
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  await signInAsOrganiser(page, baseUrl, adminPassword, 'Head of Protocol', urls.admin.dashboard(OTHER));
  await importRows(
    page,
    'id,name,position,organisation,email,language,category,companions,country',
    guests.map(([id, name, country]) => `${id},${name},,Embassy,,${OTHER.original},,0,${country}`),
  );
  for (const [id] of guests) await recordReply(page, baseUrl, OTHER, id, 'yes');
  await context.close();
  seeded = true;
}

/** A phone at the door, signed in with the door's password from the door list's address. */
async function doorPhone(javaScriptEnabled: boolean) {
  await seed();
  const context = await browser.newContext({
    javaScriptEnabled,
    viewport: phone,
    extraHTTPHeaders: clientAddressHeader(),
  });
  context.setDefaultTimeout(8000);
  const page = await context.newPage();
  await page.goto(url(urls.admin.door(OTHER)));
  await page.getByLabel('Your name').fill('Usher at the main door');
  await page.getByLabel('Password').fill(doorPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url(urls.admin.door(OTHER)));
  return { context, page };
}

const row = (page: import('./browser.ts').Page, id: string) => page.locator(`li[data-person="g:${id}"]`);
const listOf = async (page: import('./browser.ts').Page, id: string) =>
  row(page, id).evaluate((item) => item.closest('[data-door-list]')?.getAttribute('data-door-list'));

describe('the door list on a phone', () => {
  it('without JavaScript: finds a guest, ticks two arrivals, and the door’s sign-in sees nothing else', async () => {
    const { context, page } = await doorPhone(false);
    await page.getByLabel(a('admin.door.search')).fill('Θυρωρού');
    await page.getByRole('button', { name: a('admin.door.searchSubmit') }).click();
    await page.waitForLoadState();
    expect(await page.locator('li[data-person]').count()).toBe(1);
    await page.getByRole('button', { name: a('admin.door.arriveLabel', { name: guests[1][1] }) }).click();
    await page.waitForLoadState();
    expect(await page.locator('[data-door-notice]').innerText()).toBe(
      a('admin.door.done.arrived', { name: guests[1][1] }),
    );
    await page.getByRole('link', { name: a('admin.door.showAll') }).click();
    await page.getByRole('button', { name: a('admin.door.arriveLabel', { name: guests[0][1] }) }).click();
    await page.waitForLoadState();
    expect(await listOf(page, guests[0][0])).toBe('arrived');
    expect(await listOf(page, guests[1][0])).toBe('arrived');
    expect(await row(page, guests[0][0]).locator('[data-arrival]').innerText()).toContain(
      'Usher at the main door',
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    if (shots) await page.screenshot({ path: `${shots}/door-375.png`, fullPage: true });
    // Undo, then the dashboard: the door's sign-in is for the door list only.
    await page.getByRole('button', { name: a('admin.door.undoLabel', { name: guests[0][1] }) }).click();
    await page.waitForLoadState();
    expect(await listOf(page, guests[0][0])).toBe('expected');
    const response = await page.goto(url(urls.admin.dashboard(OTHER)));
    expect(response?.status()).toBe(401);
    expect(await page.locator('[data-door-only]').innerText()).toBe(a('admin.door.only'));
    const file = await page.request.get(url(urls.admin.download(OTHER, 'export.csv')));
    expect(file.status()).toBe(401);
    expect((await file.text()).startsWith('id,')).toBe(false);
    await context.close();
  });

  it('with JavaScript: ticks in place, and a tick made offline waits on the phone, survives a reload, and is sent when the network returns', async () => {
    const { context, page } = await doorPhone(true);
    // The list's offline copy: the worker takes control, and keeps the page as last loaded.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.getByRole('button', { name: a('admin.door.arriveLabel', { name: guests[2][1] }) }).click();
    await expect.poll(() => listOf(page, guests[2][0])).toBe('arrived');
    await expect.poll(() => page.locator('[data-door-queue]').isHidden()).toBe(true);
    // Focus goes on to the next person to tick, not to the page.
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-person')),
    ).toMatch(/^g:/);

    await context.setOffline(true);
    await page.getByRole('button', { name: a('admin.door.arriveLabel', { name: guests[3][1] }) }).click();
    expect(await listOf(page, guests[3][0])).toBe('arrived');
    // A tick not yet sent says so in words, not by colour alone.
    expect(await row(page, guests[3][0]).locator('[data-pending-note]').innerText()).toBe(
      a('admin.door.pending'),
    );
    await expect
      .poll(() => page.locator('[data-door-queue]').innerText())
      .toBe(a('admin.door.queue', { count: 1 }));
    // Opened again without network: the copy of the list, with the tick still waiting.
    await page.reload();
    expect(await listOf(page, guests[3][0])).toBe('arrived');
    // The copy predates the tick sent online before the network went: it is shown as made.
    expect(await listOf(page, guests[2][0])).toBe('arrived');
    expect(await page.locator('[data-door-queue]').innerText()).toBe(a('admin.door.queue', { count: 1 }));
    if (shots) await page.screenshot({ path: `${shots}/door-375-offline.png`, fullPage: true });

    // Signing out now would lose the tick (sign-out clears the phone's copy): the page says so and stays.
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.locator('[data-door-queue]').innerText()).toBe(
      a('admin.door.signOutQueue', { count: 1 }),
    );
    expect(page.url()).toBe(url(urls.admin.door(OTHER)));

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.locator('[data-door-queue]').isHidden(), { timeout: 10_000 }).toBe(true);
    // The site has it, as ticked offline: another phone sees it arrived.
    const other = await context.newPage();
    await other.goto(url(urls.admin.door(OTHER)));
    expect(await listOf(other, guests[3][0])).toBe('arrived');
    expect(await listOf(other, guests[2][0])).toBe('arrived');
    expect(await accessibilityViolationsOfSnapshot(browser, other)).toEqual([]);

    // The session ends (idle, a new password): the next load says so, and the copy goes with it,
    // so nobody can read the list offline without signing in.
    await context.clearCookies();
    expect((await other.reload())?.status()).toBe(401);
    await context.setOffline(true);
    await other.goto(url(urls.admin.door(OTHER))).catch(() => null);
    expect(await other.locator('[data-door]').count()).toBe(0);
    await context.close();
  });
});
