import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS_FOLDER } from '#content/event-files.ts';
import { locales } from '#i18n/locales.ts';
import { parseGuestList } from '#server/guest-list/guest-import.ts';
import { events, otherLanguage, withOptions } from '#tests/support/events.ts';

const header = 'id,name,position,organisation,email,language,category,companions';

describe.each(events.map((event) => [event.id, event] as const))(
  'reading the guest list CSV of %s',
  (_id, event) => {
    /** A language of the event other than its original (where it has one), its first category. */
    const lang = otherLanguage(event);
    const category = event.categories[0] ?? '';
    /** The catch-all category: the last, which a row without one gets. */
    const catchAll = event.categories.at(-1);
    /** Companions a guest of this event may bring, as the list gives them. */
    const allowed = event.options.companions ? 1 : 0;

    it('reads a comma-separated list with quoted commas and quotes', () => {
      const csv = `${header}\nk3x9q2m7,"Minister of the Interior, Estonia",Minister,"Ministry of the Interior",office@siseministeerium.example,${lang},${category},${allowed}\n,"Head of ""Public"" Policy","Head of Public Policy","A social network (Europe)",,${event.original},${category},\n`;
      const result = parseGuestList(csv, event);
      expect(result).toEqual({
        ok: true,
        optional: [],
        rows: [
          {
            id: 'k3x9q2m7',
            name: 'Minister of the Interior, Estonia',
            position: 'Minister',
            organisation: 'Ministry of the Interior',
            email: 'office@siseministeerium.example',
            language: lang,
            category,
            companions: allowed,
          },
          {
            id: '',
            name: 'Head of "Public" Policy',
            position: 'Head of Public Policy',
            organisation: 'A social network (Europe)',
            email: '',
            language: event.original,
            category,
            // An empty cell: the event's default allowance.
            companions: event.options.defaultCompanions,
          },
        ],
      });
    });

    it('reads UTF-8 with a BOM, separated by semicolons (Excel in most EU locales), a row without category in the catch-all', () => {
      const csv = `\uFEFF${header.replace(/,/g, ';')}\r\n;Ministre de l’Intérieur;Ministre;Gouvernement;;${lang};;0\r\n`;
      const result = parseGuestList(csv, event);
      expect(result.ok && result.rows[0]).toMatchObject({
        name: 'Ministre de l’Intérieur',
        language: lang,
        category: catchAll,
      });
    });

    it('reports every bad row by row and column, and accepts none of the file', () => {
      const csv = [
        header,
        `,Good Guest,,,,${event.original},,0`,
        `,,Nameless,,,${event.original},,0`,
        `,Bad Language,,,,ru,${category},0`,
        `,Bad Email,,,not-an-email,${event.original},${category},0`,
        `,Too many,,,,${event.original},${category},99`,
        `Jane.Doe@x,Named Id,,,,${event.original},,0`,
        ',Short row,,,',
        `,Bad Category,,,,${event.original},nosuchcategory,0`,
      ].join('\n');
      const result = parseGuestList(csv, event);
      expect(result).toEqual({
        ok: false,
        problems: [
          { row: 3, column: 'name', code: 'required' },
          { row: 4, column: 'language', code: 'invalid_choice' },
          { row: 5, column: 'email', code: 'invalid_email' },
          {
            row: 6,
            column: 'companions',
            code: event.options.companions ? 'too_many' : 'companions_not_allowed',
          },
          { row: 7, column: 'id', code: 'invalid' },
          { row: 8, column: '', code: 'wrong_column_count' },
          { row: 9, column: 'category', code: 'invalid_choice' },
        ],
      });
    });

    it('refuses an official EU language or a category that is not the event’s', () => {
      const languages = locales.filter((item) => !event.languages.includes(item));
      const categories = events
        .flatMap((item) => item.categories)
        .filter((code) => !event.categories.includes(code));
      const csv = [
        header,
        ...languages.map((item) => `,Guest,,,,${item},${category},0`),
        ...categories.map((code) => `,Guest,,,,${event.original},${code},0`),
      ].join('\n');
      if (csv === header) return; // an event in every language, with every category of the site
      expect(parseGuestList(csv, event)).toEqual({
        ok: false,
        problems: [
          ...languages.map((_, index) => ({ row: index + 2, column: 'language', code: 'invalid_choice' })),
          ...categories.map((_, index) => ({
            row: languages.length + index + 2,
            column: 'category',
            code: 'invalid_choice',
          })),
        ],
      });
    });

    it('takes companions within the event’s option: up to 10 where it allows them, none where it does not', () => {
      const rows = (count: string) => `${header}\n,Guest,,,,${event.original},${category},${count}`;
      const withCompanions = withOptions(event, { companions: true, defaultCompanions: 2 });
      expect(parseGuestList(rows('10'), withCompanions)).toMatchObject({
        ok: true,
        rows: [{ companions: 10 }],
      });
      expect(parseGuestList(rows(''), withCompanions)).toMatchObject({ ok: true, rows: [{ companions: 2 }] });
      expect(parseGuestList(rows('11'), withCompanions)).toEqual({
        ok: false,
        problems: [{ row: 2, column: 'companions', code: 'too_many' }],
      });
      const without = withOptions(event, { companions: false, defaultCompanions: 0 });
      expect(parseGuestList(rows('0'), without)).toMatchObject({ ok: true, rows: [{ companions: 0 }] });
      expect(parseGuestList(rows(''), without)).toMatchObject({ ok: true, rows: [{ companions: 0 }] });
      expect(parseGuestList(rows('1'), without)).toEqual({
        ok: false,
        problems: [{ row: 2, column: 'companions', code: 'companions_not_allowed' }],
      });
    });

    it('refuses duplicate ids and e-mail addresses within the file', () => {
      const csv = `${header}\nabc123def,A,,,a@x.example,${lang},,0\nabc123def,B,,,A@X.example,${lang},,0`;
      expect(parseGuestList(csv, event)).toEqual({
        ok: false,
        problems: [
          { row: 3, column: 'id', code: 'duplicate_in_file' },
          { row: 3, column: 'email', code: 'duplicate_in_file' },
        ],
      });
    });

    it('refuses a file whose header is not the guest list header', () => {
      expect(parseGuestList('name,email\nA,a@x.example', event)).toEqual({
        ok: false,
        problems: [{ row: 1, column: '', code: 'wrong_header' }],
      });
    });

    it('names the row a spreadsheet shows, not the physical line, after a record with line breaks', () => {
      const csv = [
        header,
        `,"Minister of the Interior\r\nof Ireland",,,,${lang},${category},0`,
        `,"Two\nline\nbreaks",,,,${lang},${category},0`,
        '',
        `,Bad Language,,,,ru,${category},0`,
      ].join('\r\n');
      // Rows: 1 header, 2 and 3 the records with line breaks (a name may not have one), 4 the empty
      // line, 5 the bad language.
      expect(parseGuestList(csv, event)).toEqual({
        ok: false,
        problems: [
          { row: 2, column: 'name', code: 'forbidden_characters' },
          { row: 3, column: 'name', code: 'forbidden_characters' },
          { row: 5, column: 'language', code: 'invalid_choice' },
        ],
      });
    });

    it('reports an unterminated quote as malformed, with the row where the record starts', () => {
      const result = parseGuestList(
        `${header}\n,"Two\nlines",,,,${lang},,0\n,"Unclosed,,,,${lang},,0\n`,
        event,
      );
      expect(result).toEqual({ ok: false, problems: [{ row: 3, column: '', code: 'malformed_csv' }] });
    });
  },
);

describe('each event’s demo guest list (guests.demo.csv)', () => {
  it.each(events.map((event) => [event.id, event] as const))(
    'reads without a problem for %s',
    (_id, event) => {
      const csv = readFileSync(`${EVENTS_FOLDER}/${event.id}/guests.demo.csv`, 'utf8');
      const result = parseGuestList(csv, event);
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(result.ok && result.rows.length).toBeGreaterThan(0);
    },
  );
});
