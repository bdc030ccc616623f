import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Guest } from '../../src/schemas/guest.ts';
import type { StoredReply } from '../../src/schemas/reply.ts';
import type { AppContext } from '../context.ts';
import { noStore } from '../http.ts';
import { organiserGate } from './gate.ts';

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) get a leading
 * apostrophe: Excel and LibreOffice then show the text as typed ("+352 4301 1") and run nothing.
 * @example formulaSafe('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function formulaSafe(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const exportColumns = [
  'id',
  'name',
  'position',
  'organisation',
  'email',
  'language',
  'category',
  'companions_allowed',
  'attending',
  'place_card_name',
  'delegate_name',
  'delegate_position',
  'dietary',
  'dietary_notes',
  'accessibility',
  'companions',
  'respondent_name',
  'respondent_email',
  'respondent_phone',
  'comment',
  'reference',
  'updated_at',
  'source',
  'author',
  'note',
  'withdrawn_at',
] as const;

/** One row per guest: everything protocol and catering need, the attending person's needs first. */
export function exportRow(guest: Guest, reply: StoredReply | null): string[] {
  const main = reply?.attending === 'delegate' ? reply.delegate : reply;
  const companions = (reply?.attending === 'no' ? [] : (reply?.companions ?? []))
    .map((companion) =>
      [
        companion.name,
        companion.position,
        companion.dietary?.join(' '),
        companion.dietaryNotes,
        companion.accessibility,
      ]
        .filter(Boolean)
        .join(' / '),
    )
    .join(' | ');
  return [
    guest.id,
    guest.name,
    guest.position,
    guest.organisation,
    guest.email,
    guest.language,
    guest.category,
    String(guest.companions),
    reply?.attending ?? '',
    reply?.placeCardName ?? '',
    reply?.delegate?.name ?? '',
    reply?.delegate?.position ?? '',
    reply?.attending === 'no' ? '' : (main?.dietary ?? []).join(' '),
    reply?.attending === 'no' ? '' : (main?.dietaryNotes ?? ''),
    reply?.attending === 'no' ? '' : (main?.accessibility ?? ''),
    companions,
    reply?.respondent?.name ?? '',
    reply?.respondent?.email ?? '',
    reply?.respondent?.phone ?? '',
    reply?.comment ?? '',
    reply?.reference ?? '',
    reply?.updatedAt ?? '',
    reply?.source ?? '',
    reply?.author ?? '',
    reply?.note ?? '',
    guest.withdrawn?.at ?? '',
  ];
}

/** RFC 4180 CSV with a BOM (so Excel reads UTF-8), every cell formula-safe. */
export function toCsv(rows: string[][], delimiter: ',' | ';'): string {
  return stringify(
    rows.map((row) => row.map(formulaSafe)),
    { bom: true, delimiter, record_delimiter: 'windows', quoted_match: /^\s|\s$/ },
  );
}

/**
 * `GET /admin/export.csv[?sep=;]`: the guest list with every reply. `;` suits Excel in the
 * locales whose decimal separator is a comma. Needs a session; reads every guest and reply (bulk
 * reads of 100).
 */
export async function exportCsv(request: Request, ctx: AppContext): Promise<Response> {
  const session = await organiserGate(request, ctx, ['GET']);
  if (session instanceof Response) return session;
  const delimiter = new URL(request.url).searchParams.get('sep') === ';' ? ';' : ',';
  const rows: string[][] = [[...exportColumns]];
  const guests = await ctx.store.allGuests();
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  for (const guest of guests) rows.push(exportRow(guest, replies.get(guest.id) ?? null));
  return new Response(toCsv(rows, delimiter), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="guests-and-replies.csv"`,
      ...noStore,
    },
  });
}
