import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formulaSafe, toCsv } from '#server/files/csv.ts';
import { hostileCorpus } from '#tests/support/fixtures.ts';

/** The cell a spreadsheet shows: the value with the formula-safe apostrophe where one was added. */
const shown = (value: string) => formulaSafe(value);

describe('the one CSV writer of the downloads and the CLI', () => {
  it('neutralises every cell a spreadsheet would run as a formula, full-width forms too', () => {
    for (const cell of [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '\n=1',
      '＝1',
      '＋1',
      '－1',
      '＠A1',
      // Small form variants and the minus sign, which some spreadsheets evaluate too (#24, low 6).
      '\uFE62 1',
      '\uFE631',
      '\uFE66 1+1',
      '\uFE6BSUM(A1)',
      '\u22121',
    ]) {
      expect(formulaSafe(cell)).toBe(`'${cell}`);
    }
    expect(formulaSafe('Minister')).toBe('Minister');
    expect(formulaSafe('')).toBe('');
    expect(formulaSafe('+352 4301 1')).toBe("'+352 4301 1");
  });

  it('writes UTF-8 with a BOM and CRLF rows', () => {
    const csv = toCsv(
      [
        ['name', 'note'],
        ['a', 'b'],
      ],
      ',',
    );
    expect(csv).toBe('\uFEFFname,note\r\na,b\r\n');
  });

  for (const delimiter of [',', ';'] as const) {
    it(`round-trips the hostile corpus through an independent parser with "${delimiter}"`, () => {
      const rows = [['id', 'value'], ...hostileCorpus.map((value, index) => [String(index), value])];
      const csv = toCsv(rows, delimiter);
      const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n' });
      expect(parsed.errors).toEqual([]);
      const records = parsed.data.filter((record) => record.length > 1);
      expect(records).toEqual(rows.map((row) => row.map(shown)));
    });

    it(`quotes every field with a separator of any spreadsheet, a quote or a line break ("${delimiter}")`, () => {
      const csv = toCsv([hostileCorpus], delimiter);
      for (const value of hostileCorpus.map(shown)) {
        if (!/[,;\t\r\n"]|^\s|\s$/.test(value)) continue;
        expect(csv).toContain(`"${value.replace(/"/g, '""')}"`);
      }
      // Outside quoted fields, the only separators left are the file's own.
      const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
      const other = delimiter === ',' ? ';' : ',';
      expect(unquoted).not.toContain(other);
      expect(unquoted).not.toContain('\t');
      expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });
  }
});
