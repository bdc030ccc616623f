import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import { exportColumnsOf } from '#server/admin/export.ts';
import { clientAddressHeader, signInAsOrganiser, useBrowser } from './browser.ts';
import { urls, EVENT } from './site.ts';

const baseUrl = inject('baseUrl');
const links = inject('links');
const url = (path: string) => new URL(path, baseUrl).href;
const GUEST = 'testrecord';

const browser = useBrowser();

/** One export row by column name. */
const byColumn = (row: readonly unknown[]) =>
  Object.fromEntries(exportColumnsOf(EVENT).map((column, index) => [column, row[index] ?? null]));

describe('what guests gave reaches the organisers intact', () => {
  it('a reply recorded from the mailbox changes only what the organiser changes, and its note stays private', async () => {
    // The guest (French, JavaScript on) sends a delegate, a companion and a place card.
    const guestContext = await browser.newContext();
    guestContext.setDefaultTimeout(5000);
    const guest = await guestContext.newPage();
    await guest.goto(url(links[GUEST] ?? ''));
    expect(guest.url()).toBe(url(urls.reply(EVENT, 'fr')));
    await guest.locator('input[name=attending][value=delegate]').check();
    await guest.locator('[name="delegate.name"]').fill('Secrétaire d’État');
    await guest.locator('[name="delegate.position"]').fill('Secrétaire d’État à l’Intérieur');
    await guest.locator('input[name="delegate.dietary"][value=other]').check();
    await guest.locator('[name="delegate.dietaryNotes"]').fill('Pas de sésame');
    await guest.locator('[name="placeCardName"]').fill('S.E. le Secrétaire d’État');
    await guest.locator('details.companion > summary').first().click();
    await guest.locator('[name="companions.0.name"]').fill('Conseillère');
    await guest.locator('input[name="companions.0.dietary"][value=vegan]').check();
    await guest.locator('[name="respondent.name"]').fill('Cabinet du Ministre');
    await guest.locator('form[data-reply-form] button[type=submit]').click();
    await guest.locator('main a[href$="/reply"]').waitFor();
    const receipt = await guest.locator('main').innerText();
    // The guest's own words, never the form's instruction "Autre (veuillez préciser)".
    expect(receipt).toContain('Pas de sésame');
    expect(receipt).not.toContain('veuillez préciser');

    // An organiser (JavaScript off) records an e-mail: the minister comes in person after all.
    const organiserContext = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: clientAddressHeader(),
    });
    organiserContext.setDefaultTimeout(5000);
    const organiser = await organiserContext.newPage();
    await signInAsOrganiser(organiser, baseUrl, inject('adminPassword'));
    await organiser.goto(url(urls.admin.guest(EVENT, GUEST)));
    const record = organiser.locator('form:has(input[name=action][value=record])');
    expect(await record.locator('[name="companions.0.name"]').inputValue()).toBe('Conseillère');
    expect(await record.locator('[name="placeCardName"]').inputValue()).toBe('S.E. le Secrétaire d’État');
    expect(await record.locator('input[name="companions.0.dietary"][value=vegan]').isChecked()).toBe(true);
    await record.getByLabel('E-mail', { exact: true }).check();
    await record.getByLabel('Attending', { exact: true }).check();
    await record.getByLabel(/^Note/).fill('E-mail of 25 September: the minister comes in person');
    await record.getByRole('button', { name: 'Record this reply' }).click();
    await organiser.waitForURL(url(urls.admin.guest(EVENT, GUEST, { done: 'recorded' })));
    const history = organiser.locator('tr[data-version]');
    expect(await history.count()).toBe(2);
    expect(await history.allInnerTexts()).toEqual([
      expect.stringContaining('E-mail'),
      expect.stringContaining('Reply page'),
    ]);

    // The guest sees the recorded reply with everything kept, and never the organisers' note.
    const state = await (await guest.request.get(url('/api/rsvp'))).text();
    expect(state).not.toContain('minister comes in person');
    expect(state).not.toContain('Head of Protocol');
    const { reply } = JSON.parse(state) as { reply: Record<string, unknown> };
    // The card named the secretary of state: the minister who now comes is named by the guest list.
    expect(reply).not.toHaveProperty('placeCardName');
    expect(reply).toMatchObject({
      attending: 'yes',
      source: 'email',
      companions: [{ name: 'Conseillère', dietary: ['vegan'] }],
      respondent: { name: 'Cabinet du Ministre' },
      lang: 'fr',
    });
    expect(reply).not.toHaveProperty('note');
    expect(reply).not.toHaveProperty('author');

    // The workbook and both CSVs hold the same row, read by independent readers.
    const workbook = await organiser.request.get(url(urls.admin.download(EVENT, 'export.xlsx')));
    expect(workbook.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await readSheet(await workbook.body(), { trim: false });
    const xlsxRow = byColumn(sheet.find((row) => row[0] === GUEST) ?? []);
    expect(xlsxRow.place_card_name ?? '').toBe('');
    expect(xlsxRow).toMatchObject({
      attending: 'yes',
      companions: 'Conseillère / vegan',
      respondent_name: 'Cabinet du Ministre',
      source: 'email',
      note: 'E-mail of 25 September: the minister comes in person',
    });
    for (const delimiter of [',', ';'] as const) {
      const csv = await (
        await organiser.request.get(
          url(urls.admin.download(EVENT, 'export.csv', delimiter === ';' ? { sep: ';' } : {})),
        )
      ).text();
      const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n' }).data;
      const csvRow = byColumn(rows.find((row) => row[0] === GUEST) ?? []);
      expect(csvRow).toEqual(
        Object.fromEntries(Object.entries(xlsxRow).map(([column, value]) => [column, value ?? ''])),
      );
    }
    await guestContext.close();
    await organiserContext.close();
  });

  it('the guest CLI prints links to the running local server, which open the reply page', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['scripts/guests.ts', 'links', '--event', EVENT.id, '--persist-to', inject('openState')],
      { env: { ...process.env, INVITE_SECRET: inject('inviteSecret'), WRANGLER_LOG: 'error' } },
    );
    expect(stdout.startsWith('\uFEFFid,name,email,language,link\r\n')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(stdout.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const link = rows.find((row) => row.id === GUEST)?.link ?? '';
    expect(link.startsWith(baseUrl)).toBe(true);
    const opened = await fetch(link, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('Location')).toBe(urls.reply(EVENT, 'fr'));
  });
});
