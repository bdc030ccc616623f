import type { Event, EventOptions } from '#schemas/event.ts';
import type { Guest } from '#schemas/guest.ts';
import type { StoredReply } from '#schemas/reply.ts';
import { allergensBySeverity } from '#i18n/dietary.ts';
import { adminTranslator } from '#i18n/index.ts';
import { companionKey, mainKey } from '#schemas/seating.ts';
import type { AppContext } from '#server/context.ts';
import { toCsv } from '#server/files/csv.ts';
import { XLSX_TYPE, toXlsx } from '#server/files/xlsx.ts';
import { download } from '#server/http/responses.ts';
import { inProtocolOrder } from '#server/protocol/order.ts';
import type { Arrival } from '#server/store/store.ts';

const a = adminTranslator();

export const exportColumns = [
  'id',
  'name',
  'position',
  'organisation',
  'email',
  'language',
  'category',
  'country',
  'precedence',
  'companions_allowed',
  'attending',
  'place_card_name',
  'delegate_name',
  'delegate_position',
  'dietary',
  'allergens',
  'severe_allergens',
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
  'arrived_at',
  'companions_arrived',
] as const;

/** Which option of the event a column belongs to: an event without it has no such column. */
const columnOption: Partial<Record<ExportColumn, keyof EventOptions>> = {
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

export type ExportColumn = (typeof exportColumns)[number];

/** The columns of an event's export: those of the parts of the reply its options ask for. */
export function exportColumnsOf(event: Pick<Event, 'options'>): ExportColumn[] {
  return exportColumns.filter((column) => {
    const option = columnOption[column];
    return !option || event.options[option];
  });
}

/**
 * One row per guest, in `columns`: everything protocol and catering need, the attending person's
 * needs first.
 */
export function exportRow(
  guest: Guest,
  reply: StoredReply | null,
  columns: readonly ExportColumn[] = exportColumns,
  /** The door's ticks, by person (none before the evening). */
  arrivals?: ReadonlyMap<string, Arrival>,
): string[] {
  const record = exportRecord(guest, reply, arrivals);
  return columns.map((column) => record[column]);
}

/**
 * A companion's allergens in their cell, as codes, the severe ones marked: "allergens: peanuts
 * (severe) milk", or nothing.
 */
function allergenCodesOf(person: Pick<StoredReply, 'allergens' | 'severeAllergens'>): string {
  const codes = allergensBySeverity(person).map(({ code, severe }) =>
    severe ? a('admin.export.severeCode', { code }) : code,
  );
  return codes.length ? a('admin.export.companionAllergens', { codes: codes.join(' ') }) : '';
}

/** Every column's cell of one guest. */
function exportRecord(
  guest: Guest,
  reply: StoredReply | null,
  arrivals?: ReadonlyMap<string, Arrival>,
): Record<ExportColumn, string> {
  const main = reply?.attending === 'delegate' ? reply.delegate : reply;
  const attends = reply?.attending !== 'no';
  const companions = (attends ? (reply?.companions ?? []) : [])
    .map((companion) =>
      [
        companion.name,
        companion.position,
        companion.dietary?.join(' '),
        allergenCodesOf(companion),
        companion.dietaryNotes,
        companion.accessibility,
      ]
        .filter(Boolean)
        .join(' / '),
    )
    .join(' | ');
  return {
    id: guest.id,
    name: guest.name,
    position: guest.position,
    organisation: guest.organisation,
    email: guest.email,
    language: guest.language,
    category: guest.category,
    country: guest.country ?? '',
    precedence: guest.precedence === undefined ? '' : String(guest.precedence),
    companions_allowed: String(guest.companions),
    attending: reply?.attending ?? '',
    place_card_name: reply?.placeCardName ?? '',
    delegate_name: reply?.delegate?.name ?? '',
    delegate_position: reply?.delegate?.position ?? '',
    dietary: attends ? (main?.dietary ?? []).join(' ') : '',
    allergens: attends ? (main?.allergens ?? []).join(' ') : '',
    severe_allergens: attends ? (main?.severeAllergens ?? []).join(' ') : '',
    dietary_notes: attends ? (main?.dietaryNotes ?? '') : '',
    accessibility: attends ? (main?.accessibility ?? '') : '',
    companions,
    respondent_name: reply?.respondent?.name ?? '',
    respondent_email: reply?.respondent?.email ?? '',
    respondent_phone: reply?.respondent?.phone ?? '',
    comment: reply?.comment ?? '',
    reference: reply?.reference ?? '',
    updated_at: reply?.updatedAt ?? '',
    source: reply?.source ?? '',
    author: reply?.author ?? '',
    note: reply?.note ?? '',
    withdrawn_at: guest.withdrawn?.at ?? '',
    arrived_at: arrivals?.get(mainKey(guest.id))?.at ?? '',
    companions_arrived:
      arrivals && attends && reply
        ? String(
            (reply?.companions ?? []).filter((_, index) => arrivals.has(companionKey(guest.id, index)))
              .length,
          )
        : '',
  };
}

/** Every guest with their reply in the order of precedence, as export rows (bulk reads of 100), header first. */
async function exportRows(ctx: AppContext): Promise<string[][]> {
  const [listed, arrivals] = await Promise.all([ctx.store.allGuests(), ctx.store.allArrivals()]);
  const guests = inProtocolOrder(listed, (guest) => guest, ctx.event);
  const replies = await ctx.store.getReplies(guests.map((guest) => guest.id));
  const columns = exportColumnsOf(ctx.event);
  return [
    columns,
    ...guests.map((guest) => exportRow(guest, replies.get(guest.id) ?? null, columns, arrivals)),
  ];
}

/**
 * `GET /admin/{event}/export.csv[?sep=;]`: the guest list with every reply. `;` suits Excel in the
 * locales whose decimal separator is a comma.
 */
export async function exportCsv(request: Request, ctx: AppContext): Promise<Response> {
  const semicolons = new URL(request.url).searchParams.get('sep') === ';';
  // Two files that open differently are named apart, each after its event.
  return download(
    toCsv(await exportRows(ctx), semicolons ? ';' : ','),
    'text/csv; charset=utf-8',
    `${ctx.event.id}-guests${semicolons ? '-semicolons' : ''}.csv`,
  );
}

/**
 * `GET /admin/{event}/export.xlsx`: the same rows as the CSV, as an Excel workbook whose every cell is a
 * typed text cell, so no spreadsheet guesses a formula, number or date ("0035243011" keeps its
 * zeros, "1/2" stays text, "=1+1" stays text without the CSV's apostrophe).
 */
export async function exportXlsx(ctx: AppContext): Promise<Response> {
  const workbook = await toXlsx(await exportRows(ctx), 'Guests and replies');
  return download(workbook, XLSX_TYPE, `${ctx.event.id}-guests.xlsx`);
}
