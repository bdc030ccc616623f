import { describe, expect, it } from 'vitest';
import { exportColumns, exportRow } from '#server/admin/export.ts';
import { toCsv } from '#server/files/csv.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

describe('the Excel-safe export', () => {
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
