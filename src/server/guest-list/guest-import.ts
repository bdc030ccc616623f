import { parse } from 'csv-parse/browser/esm/sync';
import {
  guestCsvColumns,
  guestCsvOptionalColumns,
  guestCsvRowSchema,
  type Guest,
  type GuestCsvRow,
  type OptionalColumn,
} from '#schemas/guest.ts';
import type { Event } from '#schemas/event.ts';
import { fieldErrors } from '#schemas/field-errors.ts';
import { newGuestId } from '#server/ids.ts';
import type { Store } from '#server/store/store.ts';

/**
 * A problem with the file, by the row a spreadsheet shows (1 is the header; a record with a line
 * break inside a quoted field is one row, an empty line is one row) and the column.
 */
export interface CsvProblem {
  row: number;
  column: string;
  code: string;
}

export type ParsedGuestList =
  | {
      ok: true;
      rows: GuestCsvRow[];
      /** The optional columns the file has: the others leave the guests' details as they were. */
      optional: OptionalColumn[];
    }
  | { ok: false; problems: CsvProblem[] };

/**
 * The optional columns after the required ones in a header's cells, or null when the header is
 * not one the guest list takes (the required columns in order, then optional ones, each once).
 */
function optionalColumns(columns: string[]): OptionalColumn[] | null {
  const required = columns.slice(0, guestCsvColumns.length);
  const rest = columns.slice(guestCsvColumns.length);
  const optional = rest.filter((column): column is OptionalColumn =>
    (guestCsvOptionalColumns as readonly string[]).includes(column),
  );
  return required.join(',') === guestCsvColumns.join(',') &&
    optional.length === rest.length &&
    new Set(optional).size === optional.length
    ? optional
    : null;
}

/**
 * The most guests one upload on the organisers' pages imports: each may be a KV write, and a
 * Worker's invocation makes at most 1,000 KV operations (the existing list is read in bulk, 100
 * guests an operation). A longer list goes in several files, or through the CLI.
 */
export const UPLOAD_MAX_ROWS = 500;
const WRITE_BATCH = 50;

/**
 * Reads a guest list: UTF-8 with or without BOM, `,` or `;` separated (taken from the header line),
 * RFC 4180 quoting, for one event (its languages, categories and companions). Every row is
 * checked; any problem means nothing is imported.
 */
export function parseGuestList(
  text: string,
  event: Pick<Event, 'languages' | 'categories' | 'options'>,
  /** The most rows one import takes (the Worker's: UPLOAD_MAX_ROWS; the CLI has none). */
  maxRows = Infinity,
): ParsedGuestList {
  const rowSchema = guestCsvRowSchema(event);
  const content = text.replace(/^\uFEFF/, '');
  const header = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  type Info = { records: number; empty_lines: number };
  // The row a spreadsheet shows: records and empty lines so far, not physical lines.
  const rowOf = (info: Info) => info.records + info.empty_lines;
  let records: { record: string[]; info: Info }[];
  try {
    records = parse(content, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as typeof records;
  } catch (error) {
    // The record being read when it failed is the one after those counted.
    const info = error as Partial<Info>;
    const row = (info.records ?? 0) + (info.empty_lines ?? 0) + 1;
    return { ok: false, problems: [{ row, column: '', code: 'malformed_csv' }] };
  }
  const [head, ...body] = records;
  const columns = head?.record.map((cell) => cell.trim().toLowerCase()) ?? [];
  const optional = optionalColumns(columns);
  if (!optional) return { ok: false, problems: [{ row: 1, column: '', code: 'wrong_header' }] };

  // Said before any row is read: more rows than one import writes within a Worker's limits.
  if (body.length > maxRows) return { ok: false, problems: [{ row: 0, column: '', code: 'too_many_rows' }] };

  const problems: CsvProblem[] = [];
  const rows: GuestCsvRow[] = [];
  const seen = { id: new Map<string, number>(), email: new Map<string, number>() };
  for (const { record, info } of body) {
    const row = rowOf(info);
    if (record.length !== columns.length) {
      problems.push({ row, column: '', code: 'wrong_column_count' });
      continue;
    }
    const cells = {
      ...Object.fromEntries(guestCsvOptionalColumns.map((column) => [column, ''])),
      ...Object.fromEntries(columns.map((column, index) => [column, record[index] ?? ''])),
    };
    const result = rowSchema.safeParse(cells);
    if (!result.success) {
      for (const [column, code] of Object.entries(fieldErrors(result.error)))
        problems.push({ row, column, code });
      continue;
    }
    for (const key of ['id', 'email'] as const) {
      const value = result.data[key];
      if (!value) continue;
      if (seen[key].has(value)) problems.push({ row, column: key, code: 'duplicate_in_file' });
      else seen[key].set(value, row);
    }
    rows.push(result.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows, optional };
}

/** The optional details of a guest from a row: its cell where the file has the column, else as before. */
function optionalDetails(
  row: GuestCsvRow,
  before: Guest | null,
  optional: readonly OptionalColumn[],
): Pick<Guest, OptionalColumn> {
  const details: Pick<Guest, OptionalColumn> = {};
  for (const column of guestCsvOptionalColumns) {
    const value = optional.includes(column) ? row[column] : before?.[column];
    if (value !== undefined) Object.assign(details, { [column]: value });
  }
  return details;
}

export interface ImportResult {
  created: Guest[];
  updated: Guest[];
  unchanged: number;
}

/**
 * Imports checked rows: a row updates the guest with its id, else the guest with its e-mail
 * address, else creates a guest (with a new opaque id when none is given). Link versions are
 * kept, guests absent from the file stay, withdrawn invitations stay withdrawn, and replies are
 * never touched.
 */
export async function importGuests(
  store: Store,
  rows: GuestCsvRow[],
  /** The optional columns the file has (parseGuestList): a detail without its column is kept. */
  optional: readonly OptionalColumn[] = [],
): Promise<ImportResult> {
  // The guests already listed, read in bulk (100 an operation), not one read per row.
  const current = new Map((await store.allGuests()).map((guest) => [guest.id, guest]));
  const byEmail = new Map(
    [...current.values()]
      .filter((guest) => guest.email)
      .map((guest) => [guest.email.toLowerCase(), guest.id]),
  );

  const result: ImportResult = { created: [], updated: [], unchanged: 0 };
  const writes: Guest[] = [];
  for (const row of rows) {
    const id =
      (row.id && current.has(row.id) ? row.id : undefined) ??
      (row.email ? byEmail.get(row.email.toLowerCase()) : undefined);
    const before = id ? (current.get(id) ?? null) : null;
    const guest: Guest = {
      id: before?.id ?? (row.id || newGuestId()),
      name: row.name,
      position: row.position,
      organisation: row.organisation,
      email: row.email,
      language: row.language,
      category: row.category,
      companions: row.companions,
      ...optionalDetails(row, before, optional),
      linkVersion: before?.linkVersion ?? 1,
      // A re-imported list never reinstates a withdrawn invitation: that is done on the guest's page.
      ...(before?.withdrawn ? { withdrawn: before.withdrawn } : {}),
    };
    if (before && JSON.stringify(before) === JSON.stringify(guest)) {
      result.unchanged++;
      continue;
    }
    writes.push(guest);
    (before ? result.updated : result.created).push(guest);
  }
  // Written a batch at a time (KV takes concurrent puts; one at a time was slow at hundreds).
  for (let start = 0; start < writes.length; start += WRITE_BATCH)
    await Promise.all(writes.slice(start, start + WRITE_BATCH).map((guest) => store.putGuest(guest)));
  return result;
}
