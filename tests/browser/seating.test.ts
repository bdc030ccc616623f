import { writeFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, inject, it } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import {
  accessibilityViolationsOfSnapshot,
  clientAddressHeader,
  signInAsOrganiser,
  useBrowser,
  type Page,
} from './browser.ts';
import { importRows, recordReply } from './evening.ts';
import { OTHER, urls } from './site.ts';

const baseUrl = inject('baseUrl');
const adminPassword = inject('adminPassword');
const browser = useBrowser();
const a = adminTranslator();
const url = (path: string) => new URL(path, baseUrl).href;
/** Screenshots for the record, when SHOTS_DIR names a folder. */
const shots = process.env.SHOTS_DIR;

/** Three guests of the other event, first in its order of precedence (explicit places 1 to 3). */
const guests = [
  ['seatbr001', 'Ambassador Seated First', 'EE', '1'],
  ['seatbr002', 'Ambassador Seated Second', 'SE', '2'],
  ['seatbr003', 'Ambassador Seated Third', 'IE', '3'],
] as const;

/** The name at `seat` of the plan's first table, as its list gives it. */
const atSeat = (page: Page, seat: number) =>
  page.locator(`[data-table="0"] .seat-list li[data-seat="${seat}"]`).innerText();

describe('the seating plan, with JavaScript off', () => {
  it('seats by precedence, moves a guest, and marks a cancellation without giving the seat away', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: clientAddressHeader(),
    });
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    await signInAsOrganiser(page, baseUrl, adminPassword, 'Chef du Protocole', urls.admin.dashboard(OTHER));
    const rows = guests.map(
      ([id, name, country, place]) => `${id},${name},,,,${OTHER.original},,0,${country},${place}`,
    );
    await importRows(
      page,
      'id,name,position,organisation,email,language,category,companions,country,precedence',
      rows,
    );
    for (const [id] of guests) await recordReply(page, baseUrl, OTHER, id, 'yes');

    await page.goto(url(urls.admin.seating(OTHER)));
    await page.getByLabel(a('admin.seating.name'), { exact: true }).fill('Schuman');
    await page.getByLabel(a('admin.seating.seats'), { exact: true }).fill('8');
    await page.getByLabel(a('admin.seating.hostSeat'), { exact: true }).fill('1');
    await page.getByLabel(a('admin.seating.coHostSeat')).fill('5');
    await page.getByRole('button', { name: a('admin.seating.addSubmit') }).click();
    await page.waitForLoadState();
    expect(await page.locator('#seating-notice').innerText()).toBe(a('admin.seating.done.tables'));
    await page.getByRole('button', { name: a('admin.seating.proposeSubmit') }).click();
    await page.waitForLoadState();
    // The host's right (2), the co-host's right (6), the host's left (8).
    expect(await atSeat(page, 2)).toBe(guests[0][1]);
    expect(await atSeat(page, 6)).toBe(guests[1][1]);
    expect(await atSeat(page, 8)).toBe(guests[2][1]);
    expect(await atSeat(page, 1)).toContain(a('admin.seating.host'));

    // Move the third to seat 3 (a swap if someone sits there).
    await page.getByLabel(a('admin.seating.person'), { exact: true }).selectOption(`g:${guests[2][0]}`);
    await page.getByLabel(a('admin.seating.to'), { exact: true }).selectOption('0:3');
    await page.getByRole('button', { name: a('admin.seating.moveSubmit'), exact: true }).click();
    await page.waitForLoadState();
    expect(await atSeat(page, 3)).toBe(guests[2][1]);

    // The first cancels: the plan says so at the top and marks the seat, which stays theirs.
    await recordReply(page, baseUrl, OTHER, guests[0][0], 'no');
    await page.goto(url(urls.admin.dashboard(OTHER)));
    expect(await page.locator('[data-seating-alert]').innerText()).toMatch(
      /^The seating plan needs checking: 1 seated guest’s reply changed since seating, and \d+ (people attend|person attends) without a seat\. Check the seating plan$/,
    );
    await page.goto(url(urls.admin.seating(OTHER)));
    const mark = page.locator(`[data-marks] li[data-person="g:${guests[0][0]}"]`);
    expect(await mark.getAttribute('data-mark')).toBe('gone');
    expect(await page.locator('[data-table="0"] li[data-seat="2"]').getAttribute('data-marked')).toBe('gone');
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      if (shots) await page.screenshot({ path: `${shots}/seating-${width}.png`, fullPage: true });
      // Nothing wider than the screen but the drawing, which scales down.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    // Freeing it: the mark goes, and the seat is free.
    await mark
      .getByRole('button', { name: a('admin.seating.freeThis', { seat: 'Table Schuman, seat 2' }) })
      .click();
    await page.waitForLoadState();
    expect(await page.locator(`[data-marks] li[data-person="g:${guests[0][0]}"]`).count()).toBe(0);
    expect(await atSeat(page, 2)).not.toBe(guests[0][1]);
    await context.close();
  });

  it('prints place cards and the table plan to A4 PDF: every name whole, in its own script, on both faces', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: clientAddressHeader(),
    });
    context.setDefaultTimeout(8000);
    const page = await context.newPage();
    await signInAsOrganiser(page, baseUrl, adminPassword, 'Chef du Protocole', urls.admin.dashboard(OTHER));
    const printed = [
      ['cardsgr01', 'Αικατερίνη Παπαδοπούλου-Κωνσταντινίδου', 'EL'],
      ['cardsbg01', 'Цветанка Димитрова-Стоянова', 'BG'],
      ['cardsga01', 'Seosaimhín Ní Bhriain', 'IE'],
      [
        'cardslong1',
        'Ambassador Extraordinary and Plenipotentiary Bartholomew Featherstonehaugh-Worthington',
        'UK',
      ],
    ] as const;
    const rows = printed.map(([id, name, country]) => `${id},"${name}",,,,${OTHER.original},,0,${country}`);
    await importRows(page, 'id,name,position,organisation,email,language,category,companions,country', rows);
    for (const [id] of printed) await recordReply(page, baseUrl, OTHER, id, 'yes');
    await page.goto(url(urls.admin.seating(OTHER)));
    await page.getByLabel(a('admin.seating.name'), { exact: true }).fill('Monnet');
    await page.getByLabel(a('admin.seating.shape')).selectOption('long');
    await page.getByLabel(a('admin.seating.seats'), { exact: true }).fill('12');
    await page.getByRole('button', { name: a('admin.seating.addSubmit') }).click();
    await page.waitForLoadState();
    await page.getByRole('button', { name: a('admin.seating.proposeSubmit') }).click();
    await page.waitForLoadState();

    // The table plan: drawings, lists and "find your table", without the forms.
    await page.emulateMedia({ media: 'print' });
    const plan = await page.pdf({ preferCSSPageSize: true });
    const planText = (await extractText(await getDocumentProxy(new Uint8Array(plan)), { mergePages: true }))
      .text;
    for (const [, name] of printed) expect(planText).toContain(name.split(' ')[0]);
    expect(planText).toContain(a('admin.seating.find'));
    expect(planText).not.toContain(a('admin.seating.proposeHint').slice(0, 30));

    await page.goto(url(`${urls.admin.cards(OTHER)}?beneath=country`));
    await page.emulateMedia({ media: 'screen' });
    expect(await accessibilityViolationsOfSnapshot(browser, page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    // Never cut: every face holds its name and what is beneath it.
    const cut = await page
      .locator('.tent .face')
      .evaluateAll(
        (faces) =>
          faces.filter((face) => face.scrollWidth > face.clientWidth || face.scrollHeight > face.clientHeight)
            .length,
      );
    expect(cut).toBe(0);
    const cards = await page.locator('[data-card]').count();
    const tables = await page.locator('[data-table-card]').count();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    if (shots) {
      writeFileSync(`${shots}/place-cards.pdf`, pdf);
      writeFileSync(`${shots}/table-plan.pdf`, plan);
    }
    const document = await getDocumentProxy(new Uint8Array(pdf));
    expect(document.numPages).toBe(Math.ceil(cards / 2) + Math.ceil(tables / 2));
    const { width, height } = (await document.getPage(1)).getViewport({ scale: 1 });
    // A4 in points.
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const { text } = await extractText(document, { mergePages: true });
    for (const [, name] of printed) {
      // On both faces of its card.
      expect(text.split(name.split(' ').at(-1) ?? '').length - 1).toBeGreaterThanOrEqual(2);
    }
    expect(text).toContain('Greece');
    expect(text).toContain('Monnet');
    await context.close();
  });
});
