import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '#server/files/xlsx.ts';
import { hostileCorpus } from '#tests/support/fixtures.ts';

const rows = [['id', 'value'], ...hostileCorpus.map((value, index) => [String(index), value])];

async function workbook() {
  return new Uint8Array(await (await toXlsx(rows, 'Guests and replies')).arrayBuffer());
}

describe('the Excel workbook', () => {
  it('reads back, by an independent reader, exactly the values given (no apostrophes needed)', async () => {
    const sheet = await readSheet(Buffer.from(await workbook()), { trim: false });
    // An empty cell reads as null.
    expect(sheet).toEqual(rows.map((row) => row.map((value) => (value === '' ? null : value))));
  });

  it('has only text cells: no formula, number or date for a spreadsheet to guess', async () => {
    const files = unzipSync(await workbook());
    const xml = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const cells = xml.match(/<c\b[^>]*>/g) ?? [];
    expect(cells.length).toBe(rows.flat().filter(Boolean).length);
    for (const cell of cells) expect(cell).toMatch(/\bt="(?:s|inlineStr)"/);
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('freezes the header row and sizes the columns to fit', async () => {
    const xml = strFromU8(unzipSync(await workbook())['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<pane\b[^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...xml.matchAll(/<col\b[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });
});
