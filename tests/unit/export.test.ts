import { describe, expect, it } from 'vitest';
import { exportColumns, exportColumnsOf, exportRow } from '#server/admin/export.ts';
import { toCsv } from '#server/files/csv.ts';
import { allParts, events, withOptions } from '#tests/support/events.ts';
import { aGuest, aReply } from '#tests/support/fixtures.ts';

describe.each(events.map((event) => [event.id, event] as const))(
  'the Excel-safe export of %s',
  (_id, event) => {
    it('has a row with everything catering and protocol need', () => {
      const row = exportRow(
        aGuest({}, withOptions(event, allParts)),
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

    it('has the columns of the parts of the reply the event asks for, and no other', () => {
      const optional: Record<string, keyof typeof allParts> = {
        companions_allowed: 'companions',
        companions: 'companions',
        companions_arrived: 'companions',
        place_card_name: 'placeCards',
        delegate_name: 'delegates',
        delegate_position: 'delegates',
        dietary: 'dietary',
        allergens: 'dietary',
        severe_allergens: 'dietary',
        dietary_notes: 'dietary',
        accessibility: 'access',
      };
      expect(exportColumnsOf(withOptions(event, allParts))).toEqual([...exportColumns]);
      const none = withOptions(event, {
        delegates: false,
        companions: false,
        defaultCompanions: 0,
        dietary: false,
        access: false,
        placeCards: false,
      });
      expect(exportColumnsOf(none)).toEqual(exportColumns.filter((column) => !(column in optional)));
      expect(exportColumnsOf(event)).toEqual(
        exportColumns.filter((column) => {
          const option = optional[column];
          return !option || event.options[option];
        }),
      );
    });
  },
);
