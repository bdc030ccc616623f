import { admin } from '#i18n/dictionaries/admin.ts';
import { adminTranslator, translator, type AdminKey, type MessageKey } from '#i18n/index.ts';
import type { Event } from '#schemas/event.ts';
import type { CsvProblem } from './guest-import.ts';

const a = adminTranslator();
const isAdminKey = (key: string): key is AdminKey => Object.hasOwn(admin, key);
const t = translator('en');

/** Codes of the CSV reader (admin.problem.*); any other is the row schema's (field.*). */
const readerCodes = new Set([
  'no_file',
  'too_large',
  'malformed_upload',
  'malformed_csv',
  'too_many_rows',
  'wrong_header',
  'wrong_column_count',
  'duplicate_in_file',
]);

/** The values a column with a fixed list takes, as the file must write them. */
const allowed = (event: Pick<Event, 'languages' | 'categories'>, column: string): readonly string[] | null =>
  column === 'language' ? event.languages : column === 'category' ? ['', ...event.categories] : null;

/**
 * One problem of a guest-list file in words, for the import page and the command line: where
 * (row and column) and what to do, naming the values a column takes ("Use one of: en, fi, sv").
 * @example problemText({ row: 3, column: 'language', code: 'invalid_choice' }, event)
 */
export function problemText(problem: CsvProblem, event: Pick<Event, 'languages' | 'categories'>): string {
  if (problem.code === 'no_file') return a('admin.fix.import.file');
  const values = problem.code === 'invalid_choice' ? allowed(event, problem.column) : null;
  // The organisers' own columns say what they take (a country's code, a place).
  const own = `admin.problem.column.${problem.column}`;
  const what = isAdminKey(own)
    ? a(own)
    : values
      ? a('admin.import.choice', {
          values: values.map((value) => (value === '' ? a('admin.import.empty') : value)).join(', '),
        })
      : readerCodes.has(problem.code)
        ? a(`admin.problem.${problem.code}` as AdminKey)
        : t(`field.${problem.code}` as MessageKey);
  if (problem.row === 0) return what;
  const where = `${a('admin.import.row', { row: problem.row })}${
    problem.column ? `, ${a('admin.import.column', { column: problem.column })}` : ''
  }`;
  return `${where}: ${what}`;
}
