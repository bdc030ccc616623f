import type { AppContext } from '#server/context.ts';
import { HttpError } from '#server/http/errors.ts';
import { collator } from '#i18n/intl-cache.ts';
import type { SeatingPlan } from '#schemas/seating.ts';
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
  const withNeeds = replies
    .filter(({ id }) => names.has(id))
    .filter(
      ({ summary }) => summary.a !== 'no' && (Object.keys(summary.d).length || summary.g || summary.f & 3),
    )
    .map((item) => item.id);

  const details = await ctx.store.getReplies(withNeeds);
  // Everyone expected at table, from the metadata: each attending guest or delegate and companions.
  const guestCovers = replies
    .filter(({ id, summary }) => names.has(id) && summary.a !== 'no')
    .reduce((sum, { summary }) => sum + 1 + summary.c, 0);
  // The hosts and co-hosts the seating plan seats eat too (they are on no guest list).
  const hosts = plan.tables.reduce((sum, table) => sum + (table.host ? 1 : 0) + (table.coHost ? 1 : 0), 0);
  const result: CateringView = {
    byCode: {},
    details: [],
    allergies: [],
    byAllergen: {},
    covers: guestCovers + hosts,
    hosts,
    special: 0,
  };
  const allergic: Diner[] = [];
  for (const reply of details.values()) {
    for (const diner of diners(reply, names.get(reply.guestId) ?? reply.guestId)) {
      for (const code of diner.dietary) (result.byCode[code] ??= []).push(diner);
      for (const code of diner.allergens) {
        const count = (result.byAllergen[code] ??= { people: 0, severe: 0 });
        count.people++;
        if (diner.severeAllergens.includes(code)) count.severe++;
      }
      if (eatsSpecially(diner)) result.special++;
      if (diner.allergens.length) allergic.push(diner);
      if (diner.dietaryNotes || diner.accessibility) result.details.push(diner);
    }
  }
  result.allergies = byUrgencyAndSeat(allergic, plan);
  return result;
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
