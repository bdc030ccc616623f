import { allergenLabel, allergensBySeverity, dietaryLabels } from '#i18n/dietary.ts';
import { adminTranslator, translator } from '#i18n/index.ts';
import type { OrganiserContext } from '#server/context.ts';
import { XLSX_TYPE, toXlsx } from '#server/files/xlsx.ts';
import { HttpError } from '#server/http/errors.ts';
import { download } from '#server/http/responses.ts';
import { catering } from './catering.ts';
import type { Diner } from './diners.ts';
import type { CateringView } from './views.ts';

const t = translator('en');
const a = adminTranslator();

/** The kitchen's columns, as their header reads (the organisers' language). */
export const kitchenColumns = [
  'admin.kitchen.table',
  'admin.catering.seat',
  'admin.catering.who',
  'admin.kitchen.as',
  'admin.catering.for',
  'admin.kitchen.severe',
  'admin.kitchen.allergies',
  'admin.kitchen.dietary',
  'admin.catering.notes',
] as const;

/** One person's row: their place, who they are, and what they are served differently, in words. */
function kitchenRow(diner: Diner, table: string, seat: string): string[] {
  const allergens = allergensBySeverity(diner);
  const words = (severe: boolean) =>
    allergens
      .filter((allergen) => allergen.severe === severe)
      .map(({ code }) => allergenLabel(code, t))
      .join(', ');
  return [
    table,
    seat,
    diner.person,
    a(`admin.role.${diner.role}`),
    diner.guest,
    words(true),
    words(false),
    dietaryLabels(diner, t, 'en').join(', '),
    diner.dietaryNotes ?? '',
  ];
}

/**
 * Everyone served differently, one row a person, as the kitchen plates: table by table and seat by
 * seat as the seating plan seats them, then those without a seat by name. Header first.
 */
export function kitchenRows(view: Pick<CateringView, 'tables' | 'unseatedSpecials'>): string[][] {
  return [
    kitchenColumns.map((column) => a(column)),
    ...view.tables.flatMap((table) =>
      table.specials.map(({ seat, diner }) => kitchenRow(diner, table.name, String(seat))),
    ),
    ...view.unseatedSpecials.map((diner) => kitchenRow(diner, '', '')),
  ];
}

/**
 * `GET /admin/{event}/kitchen.xlsx`: the kitchen's list, one row a person served differently (a
 * guest, a delegate, a companion alike), with their seat and their allergies in words, the severe
 * ones in a column of their own: what a filter in a spreadsheet must never miss. An event that does
 * not ask for dietary requirements has none.
 */
export async function kitchenXlsx(ctx: OrganiserContext): Promise<Response> {
  // An event that asks for no dietary requirements has no kitchen's list.
  if (!ctx.event.options.dietary) throw new HttpError('not_found');
  const workbook = await toXlsx(kitchenRows(await catering(ctx)), 'Kitchen');
  return download(workbook, XLSX_TYPE, `${ctx.event.id}-kitchen.xlsx`);
}
