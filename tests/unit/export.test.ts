import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportColumns, exportRow, formulaSafe, toCsv } from '../../functions/admin/export.ts';
import { aGuest, aReply } from '../support/fixtures.ts';

describe('the Excel-safe export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")']) {
      expect(formulaSafe(cell)).toBe(`'${cell}`);
    }
    expect(formulaSafe('Minister')).toBe('Minister');
    expect(formulaSafe('')).toBe('');
  });

  it('keeps a telephone number readable', () => {
    expect(formulaSafe('+352 4301 1')).toBe("'+352 4301 1");
  });

  it('writes UTF-8 with a BOM, CRLF rows and RFC 4180 quoting, with , or ;', () => {
    const rows = [
      ['name', 'note'],
      ['Malmström, Cecilia', 'says "hello"\non two lines'],
    ];
    const comma = toCsv(rows, ',');
    expect(comma.startsWith('\uFEFFname,note\r\n')).toBe(true);
    expect(comma).toContain('"Malmström, Cecilia","says ""hello""\non two lines"\r\n');
    const semicolon = toCsv(rows, ';');
    expect(semicolon).toContain('Malmström, Cecilia;"says ""hello""\non two lines"');
    expect(parse(comma.slice(1), { delimiter: ',' })).toEqual(rows);
  });

  it('has a row with everything catering and protocol need', () => {
    const row = exportRow(
      aGuest(),
      aReply({
        attending: 'delegate',
        delegate: {
          name: 'State Secretary',
          position: 'Secretary',
          dietary: ['halal'],
          accessibility: 'Wheelchair',
        },
        companions: [{ name: 'Adviser', dietary: ['vegan'] }],
        respondent: { name: 'Private Office', phone: '+372 612 5000' },
      }),
    );
    const record = Object.fromEntries(exportColumns.map((column, index) => [column, row[index]]));
    expect(record).toMatchObject({
      attending: 'delegate',
      delegate_name: 'State Secretary',
      dietary: 'halal',
      accessibility: 'Wheelchair',
      companions: 'Adviser / vegan',
      respondent_phone: '+372 612 5000',
      reference: 'R-7K3M-Q9TD',
    });
    expect(toCsv([row], ',')).toContain("'+372 612 5000");
  });
});
