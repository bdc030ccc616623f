import { describe, expect, inject, it } from 'vitest';
import { languages } from '#i18n/locales.ts';
import { backupSchema } from '#schemas/backup.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
  type Page,
} from './browser.ts';
import { organisersLanguage, textsIn } from '#schemas/event.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, baseUrl).href;

const browser = useBrowser();

/** A new organiser's browser with JavaScript off (a locked-down laptop), signed in. */
async function signedIn(): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: clientAddressHeader(),
  });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  await signInAsOrganiser(page, baseUrl, adminPassword);
  return page;
}

/** What an invitee sees when opening a personal link: the path they end on and its status. */
async function openLink(link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(link);
  const result = { status: response?.status(), path: new URL(page.url()).pathname };
  await context.close();
  return result;
}

describe('one guest, by hand, with JavaScript off', () => {
  it('adds, edits, withdraws and reinstates a guest; the personal link follows', async () => {
    const page = await signedIn();
    await page
      .locator('section[aria-labelledby=guests-heading]')
      .getByRole('link', { name: 'Add a guest' })
      .click();
    await page.getByRole('button', { name: 'Add this guest' }).click();
    expect(await page.locator('#f-name-error').innerText()).toBe('Enter the guest’s name.');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    await page.getByLabel('Name', { exact: true }).fill('Minister for Home Affairs of Cyprus');
    await page.getByLabel('E-mail').fill('private.office@interior.example');
    await page.getByLabel('Language').selectOption('el');
    await page.getByLabel('Companions allowed').fill('1');
    await page.getByRole('button', { name: 'Add this guest' }).click();
    expect(await page.getByRole('status').innerText()).toContain('The guest was added');
    expect(await page.locator('h1').innerText()).toBe('Minister for Home Affairs of Cyprus');
    const link = (await page.locator('[data-link]').innerText()).trim();
    expect(await openLink(link)).toEqual({ status: 200, path: urls.reply(EVENT, 'el') });
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);

    const details = page.getByRole('region', { name: 'Edit the guest’s details' });
    await details.getByLabel('Language').selectOption('en');
    await details.getByLabel('Name', { exact: true }).fill('Minister of the Interior of Cyprus');
    await page.getByRole('button', { name: 'Save the details' }).click();
    expect(await page.getByRole('status').innerText()).toContain('details were saved');
    expect(await page.locator('h1').innerText()).toBe('Minister of the Interior of Cyprus');
    expect(await openLink(link)).toEqual({ status: 200, path: urls.reply(EVENT, 'en') });

    await page.getByRole('button', { name: 'Withdraw the invitation' }).click();
    expect(await page.locator('[data-withdrawn]').innerText()).toMatch(/withdrawn on .* by Head of Protocol/);
    expect((await openLink(link)).status).toBe(404);
    await page.goto(url(`${urls.admin.dashboard(EVENT)}?status=withdrawn&q=Cyprus`));
    expect(await page.locator('tr[data-guest]').count()).toBe(1);
    expect(await page.locator('tr[data-guest] td').nth(2).innerText()).toBe('Invitation withdrawn');
    await page.locator('tr[data-guest] a').click();
    await page.getByRole('button', { name: 'Reinstate the invitation' }).click();
    expect(await page.getByRole('status').innerText()).toContain('reinstated');
    expect(await openLink(link)).toEqual({ status: 200, path: urls.reply(EVENT, 'en') });
    await page.context().close();
  });
});

describe('the dashboard’s counts', () => {
  it('list categories in the letter’s order and languages in the official order', async () => {
    const page = await signedIn();
    const labels = (caption: string) =>
      page
        .locator('table', { has: page.locator(`caption:text-is("${caption}")`) })
        .locator('tbody th')
        .allInnerTexts();
    const categories = await labels('By category');
    // The event's categories in its own order, labelled in the organisers' language.
    const labelsOf = textsIn(EVENT, organisersLanguage(EVENT)).categories ?? {};
    const order = EVENT.categories.map((code) => labelsOf[code] ?? code);
    expect(categories.length).toBeGreaterThan(0);
    expect(categories).toEqual(order.filter((label) => categories.includes(label)));
    // The 24-row table is folded until asked for (the dashboard fits a laptop screen).
    const byLanguage = page.locator('details.by-language');
    expect(await byLanguage.getAttribute('open')).toBeNull();
    await byLanguage.locator('summary').click();
    const shown = await labels('By language');
    expect(shown).toEqual(expect.arrayContaining(['български', 'Ελληνικά', 'English', 'Malti']));
    expect(shown).toEqual(Object.values(languages).filter((name) => shown.includes(name)));
    await page.context().close();
  });
});

describe('the printable guest list and the backup', () => {
  it('prints on landscape A4 pages without the organisers’ controls', async () => {
    const page = await signedIn();
    await page
      .locator('section[aria-labelledby=downloads-heading]')
      .getByRole('link', { name: 'Printable guest list' })
      .click();
    expect(await page.locator('h1').innerText()).toBe('Guest list');
    expect(await page.locator('tr[data-guest="testjourney"] th').innerText()).toContain(
      'Minister of the Interior of Ireland',
    );
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, width, height] of boxes) {
      // A4 landscape is 842 × 595 points.
      expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([842, 595]);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: 'Back to the dashboard' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('link', { name: 'Back to the dashboard' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('downloads a backup that validates against its schema', async () => {
    const page = await signedIn();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Full backup/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+-backup-\d{4}-\d\d-\d\d\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const backup = backupSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    expect(backup.guests.map((guest) => guest.id)).toContain('testjourney');
    expect(backup.exportedBy).toBe('Head of Protocol');
    await page.context().close();
  });
});
