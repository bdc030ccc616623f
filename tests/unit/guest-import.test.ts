import { describe, expect, it } from 'vitest';
import { parseGuestList } from '#server/guest-list/guest-import.ts';

const header = 'id,name,position,organisation,email,language,category,companions';

describe('reading the guest list CSV', () => {
  it('reads a comma-separated list with quoted commas and quotes', () => {
    const csv = `${header}\nk3x9q2m7,"Minister of the Interior, Estonia",Minister,"Ministry of the Interior",office@siseministeerium.example,et,minister,1\n,"Head of ""Public"" Policy","Head of Public Policy","A social network (Europe)",,en,industry,\n`;
    const result = parseGuestList(csv);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          id: 'k3x9q2m7',
          name: 'Minister of the Interior, Estonia',
          position: 'Minister',
          organisation: 'Ministry of the Interior',
          email: 'office@siseministeerium.example',
          language: 'et',
          category: 'minister',
          companions: 1,
        },
        {
          id: '',
          name: 'Head of "Public" Policy',
          position: 'Head of Public Policy',
          organisation: 'A social network (Europe)',
          email: '',
          language: 'en',
          category: 'industry',
          companions: 0,
        },
      ],
    });
  });

  it('reads UTF-8 with a BOM, separated by semicolons (Excel in most EU locales)', () => {
    const csv = `\uFEFF${header.replace(/,/g, ';')}\r\n;Ministre de l’Intérieur;Ministre;Gouvernement;;fr;;0\r\n`;
    const result = parseGuestList(csv);
    expect(result.ok && result.rows[0]).toMatchObject({
      name: 'Ministre de l’Intérieur',
      language: 'fr',
      category: 'other',
    });
  });

  it('reports every bad row by row and column, and accepts none of the file', () => {
    const csv = [
      header,
      ',Good Guest,,,,en,,0',
      ',,Nameless,,,en,,0',
      ',Bad Language,,,,ru,minister,0',
      ',Bad Email,,,not-an-email,en,minister,0',
      ',Too many,,,,en,minister,99',
      'Jane.Doe@x,Named Id,,,,en,,0',
      ',Short row,,,',
    ].join('\n');
    const result = parseGuestList(csv);
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'name', code: 'required' },
        { row: 4, column: 'language', code: 'invalid_choice' },
        { row: 5, column: 'email', code: 'invalid_email' },
        { row: 6, column: 'companions', code: 'too_many' },
        { row: 7, column: 'id', code: 'invalid' },
        { row: 8, column: '', code: 'wrong_column_count' },
      ],
    });
  });

  it('refuses duplicate ids and e-mail addresses within the file', () => {
    const csv = `${header}\nabc123def,A,,,a@x.example,en,,0\nabc123def,B,,,A@X.example,en,,0`;
    expect(parseGuestList(csv)).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'id', code: 'duplicate_in_file' },
        { row: 3, column: 'email', code: 'duplicate_in_file' },
      ],
    });
  });

  it('refuses a file whose header is not the guest list header', () => {
    expect(parseGuestList('name,email\nA,a@x.example')).toEqual({
      ok: false,
      problems: [{ row: 1, column: '', code: 'wrong_header' }],
    });
  });

  it('names the row a spreadsheet shows, not the physical line, after a record with line breaks', () => {
    const csv = [
      header,
      ',"Minister of the Interior\r\nof Ireland",,,,en,minister,0',
      ',"Two\nline\nbreaks",,,,en,minister,0',
      '',
      ',Bad Language,,,,ru,minister,0',
    ].join('\r\n');
    // Rows: 1 header, 2 and 3 the records with line breaks (a name may not have one), 4 the empty
    // line, 5 the bad language.
    expect(parseGuestList(csv)).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'name', code: 'forbidden_characters' },
        { row: 3, column: 'name', code: 'forbidden_characters' },
        { row: 5, column: 'language', code: 'invalid_choice' },
      ],
    });
  });

  it('reports an unterminated quote as malformed, with the row where the record starts', () => {
    const result = parseGuestList(`${header}\n,"Two\nlines",,,,en,,0\n,"Unclosed,,,,en,,0\n`);
    expect(result).toEqual({ ok: false, problems: [{ row: 3, column: '', code: 'malformed_csv' }] });
  });
});
