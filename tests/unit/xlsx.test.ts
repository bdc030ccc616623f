import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { crc32 } from 'node:zlib';
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
    // Each names its style, the text format (49) aligned at the top: a cell without `s` gets a
    // reader's own default (LibreOffice: General, at the bottom), not the file's first style.
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    const xfs = [...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b.*?<\/xf>/g)];
    for (const cell of cells) {
      const xf = xfs[Number(/\bs="(\d+)"/.exec(cell)?.[1] ?? NaN)]?.[0] ?? '';
      expect(xf, cell).toMatch(/numFmtId="49"[\s\S]*vertical="top"/);
    }
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('tells a reader to keep white space wherever a value has any it could drop', async () => {
    // The last two as written: XML cannot hold U+FFFF or U+FFFE, so they are left out.
    const typed = [
      '  leading',
      'trailing  ',
      'line\nbreak',
      'tab\there',
      '\u00A0no-break',
      'Name \uFFFF',
      '\uFFFE Name',
    ];
    const spaced = typed.map((value) => value.replace(/[\uFFFE\uFFFF]/g, ''));
    const xml = strFromU8(
      unzipSync(await workbook2([['value'], ...typed.map((value) => [value])]))['xl/worksheets/sheet1.xml'] ??
        new Uint8Array(),
    );
    const texts = [...xml.matchAll(/<t\b([^>]*)>([^<]*)<\/t>/g)].map((match) => ({
      preserve: (match[1] ?? '').includes('xml:space="preserve"'),
      text: match[2],
    }));
    expect(texts).toEqual([
      { preserve: false, text: 'value' },
      ...spaced.map((text) => ({ preserve: true, text })),
    ]);
  });

  it('is a ZIP archive whose every entry is deflated and holds its own CRC-32 and length', async () => {
    const archive = await workbook();
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    const files = unzipSync(archive);
    // The central directory: each entry's method, CRC-32 and uncompressed size.
    let offset = view.getUint32(archive.length - 6, true);
    const entries = view.getUint16(archive.length - 12, true);
    expect(entries).toBe(Object.keys(files).length);
    for (let index = 0; index < entries; index++) {
      expect(view.getUint32(offset, true)).toBe(0x02014b50);
      const nameLength = view.getUint16(offset + 28, true);
      const name = strFromU8(archive.subarray(offset + 46, offset + 46 + nameLength));
      const content = files[name] ?? new Uint8Array();
      expect(view.getUint16(offset + 10, true), name).toBe(8);
      expect(view.getUint32(offset + 16, true), name).toBe(crc32(content));
      expect(view.getUint32(offset + 24, true), name).toBe(content.length);
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
  });

  it('freezes the header row and sizes the columns to fit', async () => {
    const xml = strFromU8(unzipSync(await workbook())['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).toMatch(/<pane\b[^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...xml.matchAll(/<col\b[^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });
});

describe('every line of every cell shows when the workbook opens', () => {
  const comment = ['Dear colleagues,', '=6*7', '+32 2 299 11 11', '-- Le secrétariat'].join('\n');
  const long = 'Κ'.repeat(1000);
  const sheetOf = async (cells: string[][]) =>
    strFromU8(
      unzipSync(new Uint8Array(await (await toXlsx(cells, 'S')).arrayBuffer()))['xl/worksheets/sheet1.xml'] ??
        new Uint8Array(),
    );
  const rowsOf = (xml: string) =>
    [...xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)].map((m) => ({
      attributes: m[1] ?? '',
      cells: m[2] ?? '',
    }));
  const widthsOf = (xml: string) =>
    [...xml.matchAll(/<col\b[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

  it('a row holding a cell of four lines is four lines tall, and the cell wraps', async () => {
    const xml = await sheetOf([
      ['name', 'comment'],
      ['Greece', comment],
      ['Malta', 'Yes'],
    ]);
    const [header, greece, malta] = rowsOf(xml);
    expect(header?.attributes).not.toMatch(/ht=/);
    expect(malta?.attributes).not.toMatch(/ht=/);
    expect(greece?.attributes).toMatch(/customHeight="1"/);
    expect(Number(/ht="([\d.]+)"/.exec(greece?.attributes ?? '')?.[1])).toBeGreaterThanOrEqual(4 * 15);
    // The cell with the lines has the wrapping style; its neighbour does not need it.
    const styles = strFromU8(
      unzipSync(
        new Uint8Array(
          await (
            await toXlsx(
              [
                ['a', 'b'],
                ['Greece', comment],
              ],
              'S',
            )
          ).arrayBuffer(),
        ),
      )['xl/styles.xml'] ?? new Uint8Array(),
    );
    const xfs = [
      ...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b.*?<\/xf>/g),
    ].map((m) => m[0]);
    const styleOf = (ref: string) =>
      xfs[Number(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`).exec(xml)?.[1])] ?? '';
    expect(styleOf('B2')).toMatch(/wrapText="1"/);
    expect(styleOf('A2')).not.toMatch(/wrapText/);
  });

  it('a cell of 1,000 letters without a space fits within the tallest row (409 points) of a wider column', async () => {
    const xml = await sheetOf([
      ['name', 'comment'],
      ['Greece', long],
    ]);
    const width = widthsOf(xml)[1] ?? 0;
    const height = Number(/ht="([\d.]+)"/.exec(rowsOf(xml)[1]?.attributes ?? '')?.[1]);
    expect(height).toBeLessThanOrEqual(409);
    // Lines at this width (a character's margin for proportional letters) times 15 points each.
    expect(Math.ceil(1000 / (width * 0.9 - 1)) * 15).toBeLessThanOrEqual(height);
  });

  it('a long line wraps into as many lines as it takes at the column’s width', async () => {
    const line = 'word '.repeat(60).trim();
    const xml = await sheetOf([['comment'], [line]]);
    const width = widthsOf(xml)[0] ?? 0;
    expect(width).toBe(60);
    expect(Number(/ht="([\d.]+)"/.exec(rowsOf(xml)[1]?.attributes ?? '')?.[1])).toBeGreaterThanOrEqual(
      Math.ceil(line.length / width) * 15,
    );
  });

  it('writes what a guest typed that looks like the format’s own escapes as typed', async () => {
    const typed = [['value'], ['_x0041_ and _x000D_'], ['A\u0001B']];
    const sheet = await readSheet(Buffer.from(await workbook2(typed)), { trim: false });
    // A control character XML cannot hold is left out; everything else reads back as typed.
    expect(sheet).toEqual([['value'], ['_x0041_ and _x000D_'], ['AB']]);
  });
});

async function workbook2(cells: string[][]) {
  return new Uint8Array(await (await toXlsx(cells, 'Guests: [all]')).arrayBuffer());
}
