import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import type { AppContext } from '#server/context.ts';
import { toCsv } from '#server/files/csv.ts';
import { XLSX_TYPE, toXlsx } from '#server/files/xlsx.ts';
import { download } from '#server/http/responses.ts';

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

/** Every guest with their reply, as export rows (bulk reads of 100), header first. */
async function exportRows(ctx: AppContext): Promise<string[][]> {
  const guests = await ctx.store.allGuests();
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  return [[...exportColumns], ...guests.map((guest) => exportRow(guest, replies.get(guest.id) ?? null))];
}

/**
 * `GET /admin/export.csv[?sep=;]`: the guest list with every reply. `;` suits Excel in the
 * locales whose decimal separator is a comma.
 */
export async function exportCsv(request: Request, ctx: AppContext): Promise<Response> {
  const delimiter = new URL(request.url).searchParams.get('sep') === ';' ? ';' : ',';
  return download(
    toCsv(await exportRows(ctx), delimiter),
    'text/csv; charset=utf-8',
    'guests-and-replies.csv',
  );
}

/**
 * `GET /admin/export.xlsx`: the same rows as the CSV, as an Excel workbook whose every cell is a
 * typed text cell, so no spreadsheet guesses a formula, number or date ("0035243011" keeps its
 * zeros, "1/2" stays text, "=1+1" stays text without the CSV's apostrophe).
 */
export async function exportXlsx(ctx: AppContext): Promise<Response> {
  const workbook = await toXlsx(await exportRows(ctx), 'Guests and replies');
  return download(workbook, XLSX_TYPE, 'guests-and-replies.xlsx');
}
