import type { AppContext } from '#server/context.ts';
import { HttpError } from '#server/http/errors.ts';
import { collator } from '#i18n/intl-cache.ts';
import { companionKey, mainKey, type PersonKey, type SeatingPlan } from '#schemas/seating.ts';
import { diners, eatsSpecially, type Diner } from './diners.ts';
import type { CateringView } from './views.ts';

/**
 * Who eats what and who needs what access: from the list metadata, then a read only of the
 * replies that record a dietary requirement or an access need (docs/design.md: free-text detail costs one
 * get per guest that has it; KV's bulk read takes up to 100 of them in one operation).
 */
export async function catering(ctx: AppContext): Promise<CateringView> {
  // An event that asks for neither has no catering page.
  if (!ctx.event.options.dietary && !ctx.event.options.access) throw new HttpError('not_found');
  const [guests, replies, plan] = await Promise.all([
    ctx.store.allGuestSummaries(),
    ctx.store.allReplySummaries(),
    ctx.store.getSeating(),
  ]);
  // Withdrawn invitations are left out: nobody cooks for them.
  const names = new Map(guests.filter((item) => !item.summary.w).map((item) => [item.id, item.summary.n]));
  const attending = replies.filter(({ id, summary }) => names.has(id) && summary.a !== 'no');
  const withNeeds = attending
    .filter(({ summary }) => Object.keys(summary.d).length || summary.g || summary.f & 3)
    .map((item) => item.id);

  const details = await ctx.store.getReplies(withNeeds);
  // Everyone expected at table, from the metadata: each attending guest or delegate and companions.
  const expected = attending.flatMap(({ id, summary }) => [
    mainKey(id),
    ...Array.from({ length: summary.c }, (_, index) => companionKey(id, index)),
  ]);
  // The hosts and co-hosts the seating plan seats eat too (they are on no guest list).
  const hostsAt = plan.tables.map((table) => (table.host ? 1 : 0) + (table.coHost ? 1 : 0));
  const hosts = hostsAt.reduce((sum, count) => sum + count, 0);
  const result: CateringView = {
    byCode: {},
    details: [],
    allergies: [],
    byAllergen: {},
    tables: [],
    unseated: expected.filter((key) => !plan.seats[key]).length,
    unseatedSpecials: [],
    severe: 0,
    planVersion: plan.version,
    covers: expected.length + hosts,
    hosts,
    special: 0,
  };
  const allergic: Diner[] = [];
  const specials: Diner[] = [];
  for (const reply of details.values()) {
    for (const diner of diners(reply, names.get(reply.guestId) ?? reply.guestId)) {
      for (const code of diner.dietary) (result.byCode[code] ??= []).push(diner);
      for (const code of diner.allergens) {
        const count = (result.byAllergen[code] ??= { people: 0, severe: 0 });
        count.people++;
        if (diner.severeAllergens.includes(code)) count.severe++;
      }
      if (diner.severeAllergens.length) result.severe++;
      if (eatsSpecially(diner)) {
        result.special++;
        specials.push(diner);
      }
      if (diner.allergens.length) allergic.push(diner);
      if (diner.dietaryNotes || diner.accessibility) result.details.push(diner);
    }
  }
  result.allergies = byUrgencyAndSeat(allergic, plan);
  result.tables = tableSheets(plan, expected, specials, hostsAt);
  result.unseatedSpecials = specials
    .filter((diner) => !plan.tables[plan.seats[diner.key]?.table ?? -1])
    .sort((a, b) => collator('en').compare(a.person, b.person));
  return result;
}

/**
 * The kitchen's sheet of each table of the plan: its covers (the people expected seated there and
 * its hosts), and seat by seat whoever eats specially; the rest of its plates are standard.
 */
function tableSheets(
  plan: SeatingPlan,
  expected: readonly PersonKey[],
  specials: readonly Diner[],
  hostsAt: readonly number[],
): CateringView['tables'] {
  const sheets: CateringView['tables'] = plan.tables.map((table, index) => ({
    name: table.name,
    covers: hostsAt[index] ?? 0,
    hosts: hostsAt[index] ?? 0,
    specials: [],
  }));
  for (const key of expected) {
    const sheet = sheets[plan.seats[key]?.table ?? -1];
    if (sheet) sheet.covers++;
  }
  for (const diner of specials) {
    const seat = plan.seats[diner.key];
    sheets[seat?.table ?? -1]?.specials.push({ seat: seat?.seat ?? 0, diner });
  }
  for (const sheet of sheets) sheet.specials.sort((a, b) => a.seat - b.seat);
  return sheets;
}

/**
 * People with allergies as the kitchen serves them: severe ones first, then by table and seat,
 * then those without a seat by name.
 */
function byUrgencyAndSeat(people: Diner[], plan: SeatingPlan): CateringView['allergies'] {
  const seatOf = (diner: Diner) => plan.seats[diner.key];
  const compare = collator('en').compare;
  return [...people]
    .sort((a, b) => {
      const severity = Number(b.severeAllergens.length > 0) - Number(a.severeAllergens.length > 0);
      const [x, y] = [seatOf(a), seatOf(b)];
      if (severity) return severity;
      if (x && y) return x.table - y.table || x.seat - y.seat;
      if (x || y) return x ? -1 : 1;
      return compare(a.person, b.person);
    })
    .map((diner) => {
      const seat = seatOf(diner);
      const table = seat && plan.tables[seat.table];
      return table ? { diner, seat: { table: table.name, seat: seat.seat } } : { diner };
    });
}
