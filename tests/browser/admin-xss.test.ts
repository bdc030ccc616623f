import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, useBrowser, clientAddressHeader } from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const url = (path: string) => new URL(path, baseUrl).href;
const XSS = '<img src=x onerror=alert(1)>';

const browser = useBrowser();

describe('stored markup in guest data', () => {
  it('shows as text in every organiser view and the export, and runs nothing', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: clientAddressHeader() });
    context.setDefaultTimeout(5000);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(url('/admin'));
    await page.getByLabel('Your name').fill('<script>alert("organiser")</script>');
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.goto(url(urls.admin.guest(EVENT, 'testxss')));
    await page.getByLabel('E-mail', { exact: true }).check();
    await page.getByLabel('Attending', { exact: true }).check();
    await page.locator('#f-dietary').getByLabel('Other (please describe)').check();
    await page.locator('#f-dietaryNotes').fill('<script>alert("notes")</script>');
    await page.locator('#f-note').fill('<svg onload=alert("note")>');
    await page.getByRole('button', { name: 'Record this reply' }).click();
    expect(await page.locator('main').innerText()).toContain('<svg onload=alert("note")>');
    expect(await page.locator('h1').innerText()).toBe(XSS);

    for (const path of [
      urls.admin.dashboard(EVENT),
      `${urls.admin.dashboard(EVENT)}?q=${encodeURIComponent('<img')}`,
      urls.admin.catering(EVENT),
      urls.admin.print(EVENT),
      urls.admin.guest(EVENT, 'testxss'),
    ]) {
      await page.goto(url(path));
      expect(await page.locator('main').innerText(), path).toContain(XSS);
      expect(await page.locator('main img').count(), path).toBe(0);
    }
    await page.goto(url(`${urls.admin.dashboard(EVENT)}?q=${encodeURIComponent('<img')}`));
    expect(await page.locator('tr[data-guest]').count()).toBe(1);
    expect(await page.locator('[data-shown]').innerText()).toMatch(/^1 of \d+ guests shown$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const csv = await (await page.request.get(url(urls.admin.download(EVENT, 'export.csv')))).text();
    expect(csv).toContain(XSS);
    expect(csv).toContain('<script>alert(""notes"")</script>');
    const backup = await page.request.get(url(urls.admin.download(EVENT, 'backup.json')));
    expect(backup.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(await backup.text()).guests).toContainEqual(expect.objectContaining({ name: XSS }));
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
