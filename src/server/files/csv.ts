import { stringify } from 'csv-stringify/browser/esm/sync';

/**
 * What a spreadsheet runs as a formula when a cell starts with it: = + - @ (and their full-width
 * forms, which Apple Numbers treats the same, their small forms U+FE62, U+FE63, U+FE66, U+FE6B and
 * the minus sign U+2212, which some spreadsheets evaluate), or a tab, CR or LF before one.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212]/;

/**
 * A cell that could run as a formula gets a leading apostrophe: Excel, LibreOffice and Numbers
 * then show the text as typed ("+352 4301 1") and run nothing.
 * @example formulaSafe('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Fields to quote whatever the file's separator: LibreOffice opened by double-click splits on tab,
 * comma and semicolon at once, and every reader splits rows on a bare CR or LF (csv-stringify's
 * own rule quotes only the chosen separator, the quote and the record delimiter, CRLF here).
 * Leading or trailing spaces are quoted so no reader trims them.
 */
const NEEDS_QUOTES = /[,;\t\r\n"]|^\s|\s$/;

/**
 * The one CSV writer of every download and the CLI: UTF-8 with a BOM (so Excel reads UTF-8),
 * CRLF rows, RFC 4180 quoting of any field a spreadsheet could split, every cell formula-safe.
 * @example toCsv([['name'], ['Malmström, Cecilia']], ';') // '\uFEFFname\r\n"Malmström, Cecilia"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return stringify(
    rows.map((row) => row.map(formulaSafe)),
    { bom: true, delimiter, record_delimiter: 'windows', quoted_match: NEEDS_QUOTES },
  );
}
