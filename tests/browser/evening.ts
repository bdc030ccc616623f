/**
 * The steps the evening's browser tests share: guests imported on the dashboard's upload and
 * replies recorded on each guest's page, as an organiser would (JavaScript on or off).
 */
import { expect } from 'vitest';
import { adminTranslator } from '#i18n/index.ts';
import type { Event } from '#schemas/event.ts';
import type { Page } from './browser.ts';
import { urls } from './site.ts';

const a = adminTranslator();

/** Imports `rows` (CSV lines after the header `columns`) on the dashboard `page` shows. */
export async function importRows(page: Page, columns: string, rows: string[]) {
  await page.getByLabel(a('admin.import.file')).setInputFiles({
    name: 'guests.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${columns}\r\n${rows.join('\r\n')}\r\n`),
  });
  await page.getByRole('button', { name: a('admin.import.submit') }).click();
  await page.waitForLoadState();
}

/** Records `answer` as received by e-mail on the page of guest `id` of `event` (at `baseUrl`). */
export async function recordReply(
  page: Page,
  baseUrl: string,
  event: Event,
  id: string,
  answer: 'yes' | 'no',
) {
  await page.goto(new URL(urls.admin.guest(event, id), baseUrl).href);
  await page.getByLabel(a(`admin.reply.attending.${answer}`), { exact: true }).check();
  await page.getByRole('radio', { name: a('admin.source.email'), exact: true }).check();
  await page.getByRole('button', { name: a('admin.record.submit') }).click();
  await page.waitForLoadState();
  expect(await page.locator('[role="status"]').first().innerText()).toBe(a('admin.record.recorded'));
}
