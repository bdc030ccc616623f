import { Zip, type ZipInputFile } from 'fflate';

const encoder = new TextEncoder();

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Column widths in characters: as wide as the longest line of the column, from MIN to MAX; a column
 * whose longest cell would need more than MAX_LINES lines at MAX is made wider (up to the format's
 * 255), so that every line of every cell fits in the tallest row a spreadsheet draws.
 */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const WIDEST = 255;
/** Points per line of the default font (Calibri 11, or LibreOffice's metric twin Carlito). */
const LINE_HEIGHT = 15;
/** The tallest row Excel and LibreOffice keep, in points. */
const MAX_ROW_HEIGHT = 409;
const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - 4) / LINE_HEIGHT);
/** The share of a column's width (counted in digits) that proportional text is sure to fill. */
const WIDTH_USED = 0.9;

/** Wide scripts (CJK, Hangul, full-width forms) take two columns. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** A character from U+1100 on, or half of an astral one: only then is a line counted by character. */
const NOT_SIMPLE = /[\u1100-\uFFFF]/;

/**
 * Columns a line takes: a character each, two for a wide one. Latin, Greek and Cyrillic lines (all
 * below U+1100) are counted by their length, with one test (the bench's profile: per-character
 * tests were a quarter of the workbook's time at 10,000 guests).
 */
function lineWidth(line: string): number {
  if (!NOT_SIMPLE.test(line)) return line.length;
  let width = 0;
  for (const char of line) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * How many lines a cell takes in a column `width` characters wide when its text wraps: each of its
 * lines, broken where it passes the width (with a character's margin, as proportional letters are
 * not all as wide as a digit, which is what a column's width counts).
 */
function linesAt(cell: string, width: number): number {
  const usable = Math.max(1, width * WIDTH_USED - 1);
  // One line (most cells): no split, no array.
  if (!cell.includes('\n')) return Math.max(1, Math.ceil(lineWidth(cell) / usable));
  return cell.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(lineWidth(line) / usable)), 0);
}

/** The width of a cell's longest line. */
function longestLine(cell: string): number {
  if (!cell.includes('\n')) return lineWidth(cell);
  let longest = 0;
  for (const line of cell.split('\n')) longest = Math.max(longest, lineWidth(line));
  return longest;
}

function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (let index = 0; index < row.length; index++) {
      const cell = row[index] ?? '';
      const longest = longestLine(cell);
      // Wide enough that the longest line fits in one line by linesAt's own measure.
      let width = Math.max(
        widths[index] ?? MIN_WIDTH,
        Math.min(MAX_WIDTH, Math.ceil((longest + 1) / WIDTH_USED) + 1),
      );
      // A cell of one line that fits no more than MAX_LINES lines at MAX_WIDTH needs no wider column
      // (the bench's profile: this loop's measuring was a sixth of the workbook's time at 10,000).
      const oneLine = !cell.includes('\n') && longest <= (MAX_WIDTH * WIDTH_USED - 1) * MAX_LINES;
      if (!oneLine)
        while (width < WIDEST && linesAt(cell, width) > MAX_LINES) width = Math.min(WIDEST, width + 10);
      widths[index] = width;
    }
  }
  return widths;
}

/** The row's height in points when one of its cells takes more than one line, else undefined. */
function rowHeight(lines: readonly number[]): number | undefined {
  const most = Math.max(1, ...lines);
  return most > 1 ? Math.min(MAX_ROW_HEIGHT, most * LINE_HEIGHT + 4) : undefined;
}

/** Characters XML 1.0 cannot hold at all (controls but tab and line ends, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A character xml() may change: & < > ", an underscore, a control character, a surrogate, U+FFFE or U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const MAY_ESCAPE = /[&<>"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text whose leading, trailing or inner white space (a line break, a tab) a reader must keep: only
 * such a cell says xml:space="preserve" (as SheetJS writes it), which is a fifth of a cell's bytes.
 */
const SPACE_TO_KEEP = /^\s|\s$|[\t\n\r]/;

/**
 * Text for an XML element or attribute. In SpreadsheetML `_x0041_` in a string is read as the
 * character it names, so an underscore that starts such a run is itself written as `_x005F_`,
 * and "_x0041_" typed by a guest reads back as typed.
 */
function xml(value: string): string {
  // Most cells hold nothing to escape: one test, no six passes of replace.
  if (!MAY_ESCAPE.test(value)) return value;
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * One text cell, with its style always named: LibreOffice gives a cell without `s` its own default
 * (bottom-aligned, number format General), not the file's style 0.
 */
function cell(reference: string, style: number, value: string): string {
  // White space as written: "Name \uFFFF" is written "Name ", whose space must be kept.
  const text = xml(value);
  const space = SPACE_TO_KEEP.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}" t="inlineStr" s="${style}"><is><t${space}>${text}</t></is></c>`;
}

/**
 * Cell styles (`s`): 0 text, 1 text bold (the header), 2 text wrapped at the top, 3 bold wrapped.
 * Each has the number format "@" (text), so a value typed into the cell later stays text too.
 */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function worksheet(rows: readonly (readonly string[])[]): string {
  const widths = columnWidths(rows);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>',
    `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT}"/>`,
  ];
  if (widths.length > 0)
    parts.push(
      `<cols>${widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`,
    );
  parts.push('<sheetData>');
  const letters = widths.map((_, index) => column(index));
  rows.forEach((row, rowIndex) => {
    const r = rowIndex + 1;
    // Each cell's lines once, for its style and the row's height.
    const lines = row.map((value, index) => (value === '' ? 1 : linesAt(value, widths[index] ?? MIN_WIDTH)));
    const height = rowHeight(lines);
    parts.push(height === undefined ? `<row r="${r}">` : `<row r="${r}" ht="${height}" customHeight="1">`);
    row.forEach((value, index) => {
      if (value === '') return;
      const style = (rowIndex === 0 ? 1 : 0) + ((lines[index] ?? 1) > 1 ? 2 : 0);
      parts.push(cell(`${letters[index] ?? column(index)}${r}`, style, value));
    });
    parts.push('</row>');
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/** A sheet's name: at most 31 characters, none of `[]:*?/\`. */
function sheetName(name: string): string {
  return [...name.replace(/[[\]:*?/\\]/g, ' ')].slice(0, 31).join('').trim() || 'Sheet1';
}

/**
 * `data` deflated by the runtime's own zlib (CompressionStream, native code: about four times as fast
 * as deflate in JavaScript, which was a third of the workbook's time at 10,000 guests), with its
 * CRC-32 and length. Gzip (RFC 1952) is exactly that: the raw deflate between a 10-byte header and
 * an 8-byte trailer holding the CRC-32 and the length, so nothing is computed twice.
 */
async function deflated(filename: string, data: Uint8Array<ArrayBuffer>) {
  const gzip = new Uint8Array(
    await new Response(new Response(data).body?.pipeThrough(new CompressionStream('gzip'))).arrayBuffer(),
  );
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
  // ID1 ID2, CM 8 (deflate), FLG 0 (no name, comment or extra field): a 10-byte header.
  if (gzip.length < 18 || view.getUint32(0) !== 0x1f8b0800)
    throw new Error('the runtime wrote a gzip header other than the plain one');
  const size = view.getUint32(gzip.length - 4, true);
  if (size !== data.length) throw new Error(`gzip of ${data.length} bytes says ${size}`);
  const file: ZipInputFile = { filename, size, crc: view.getUint32(gzip.length - 8, true), compression: 8 };
  return { file, data: gzip.subarray(10, gzip.length - 8) };
}

/** A ZIP archive of the files, each deflated by deflated(), through fflate's streaming Zip. */
async function zip(files: Record<string, string>): Promise<Uint8Array<ArrayBuffer>[]> {
  const parts = await Promise.all(
    Object.entries(files).map(([filename, content]) => deflated(filename, encoder.encode(content))),
  );
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  let ended = false;
  const archive = new Zip((error, chunk, final) => {
    ended ||= final;
    if (error) failure = error;
    // fflate allocates its chunks (new Uint8Array), never on a SharedArrayBuffer.
    else chunks.push(chunk as Uint8Array<ArrayBuffer>);
  });
  for (const { file, data } of parts) {
    // fflate's way to add a file compressed elsewhere: the ZipInputFile with its own ondata.
    archive.add(file);
    file.ondata?.(null, data, true);
  }
  archive.end();
  if (failure) throw failure;
  // fflate's Zip works synchronously on data it is given whole: an archive not ended here is a
  // change in fflate, never a file to send.
  if (!ended) throw new Error('the archive of the workbook did not end');
  return chunks;
}

/**
 * A one-sheet workbook (SpreadsheetML, ECMA-376) of text cells: never a formula, number or date, so
 * a spreadsheet shows each value exactly as given; the header row bold and frozen; columns as wide
 * as their text; a cell that takes more than one line wraps, and its row is as tall as its lines, so
 * every line shows when the file opens. Deflated by the runtime's zlib and zipped in the isolate
 * (fflate's asynchronous zip, which write-excel-file used, deflates files of 160 kB or more in a Web
 * Worker, which a Worker isolate does not have: the export failed past ~450 guests).
 */
export async function toXlsx(rows: readonly (readonly string[])[], sheet: string): Promise<Blob> {
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="${xml(sheetName(sheet))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': worksheet(rows),
  };
  return new Blob(await zip(files), { type: XLSX_TYPE });
}
