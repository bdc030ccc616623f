import { collator } from '#i18n/intl-cache.ts';
import type { AllergenCode, DietaryCode } from '#schemas/reply.ts';
import type { SeatingPlan } from '#schemas/seating.ts';
import type { AppContext } from '#server/context.ts';
import { neededCounts, type ReplySummary } from '#server/store/store.ts';
import { createToken } from '#server/tokens.ts';
import { urls } from '#server/urls.ts';
import { CHASE_PAGE_SIZE, pageOf } from './guest-filter.ts';
import type { Counts, DashboardView, GuestRow } from './views.ts';

const emptyCounts = (): Counts => ({
  invited: 0,
  yes: 0,
  no: 0,
  delegate: 0,
  pending: 0,
  companions: 0,
  covers: 0,
});

function count(counts: Counts, reply: ReplySummary | null) {
  counts.invited++;
  counts[reply?.a ?? 'pending']++;
  if (reply && reply.a !== 'no') {
    counts.companions += reply.c;
    counts.covers += 1 + reply.c;
  }
}

/** From six hours before the event starts to six hours after it ends: when the door list is in use. */
export function isDoorDay(event: { start: string; end: string }, now: Date): boolean {
  const margin = 6 * 3_600_000;
  return now.getTime() >= Date.parse(event.start) - margin && now.getTime() <= Date.parse(event.end) + margin;
}

/**
 * What the seating plan has to be checked for, from the list metadata alone: guests seated (or with
 * a companion seated) whose reply changed since, or who no longer attend; and people expected
 * without a seat (an attending guest or delegate, a companion beyond those seated). Null without a
 * plan. The seating page says exactly what changed.
 */
function seatingAlerts(plan: SeatingPlan, rows: GuestRow[]): DashboardView['seating'] {
  if (plan.version === 0) return null;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const marked = new Set<string>();
  const seated = new Map<string, { companions: number; main: boolean }>();
  for (const [key, placed] of Object.entries(plan.seats)) {
    const [kind = '', id = '', index = '0'] = key.split(':');
    const entry = seated.get(id) ?? { companions: 0, main: false };
    if (kind === 'g') entry.main = true;
    else entry.companions++;
    seated.set(id, entry);
    const row = byId.get(id);
    const reply = row && !row.withdrawn ? row.reply : null;
    // The seating page's marks: someone no longer expected, or another person than was seated
    // (for a reply listed before the fingerprints were kept: any change of the reply).
    const who = reply?.w?.[kind === 'g' ? 0 : Number(index) + 1];
    const same =
      reply !== null && reply.a !== 'no' && (reply.w ? who === placed.who : reply.r === placed.reference);
    if (!same) marked.add(id);
  }
  let unseated = 0;
  for (const row of rows) {
    const entry = seated.get(row.id);
    if (row.withdrawn || !row.reply || row.reply.a === 'no') continue;
    unseated += (entry?.main ? 0 : 1) + Math.max(0, row.reply.c - (entry?.companions ?? 0));
  }
  return { changed: marked.size, unseated };
}

/**
 * The organisers' overview from `list()` pages and their metadata alone: guests and replies are
 * read a thousand at a time (2·⌈N/1000⌉ KV operations, and one for the unsent notices), never one
 * `get()` per guest.
 */
export async function dashboard(ctx: AppContext, chasePage = 1): Promise<DashboardView> {
  const doorDay = isDoorDay(ctx.event, ctx.now);
  const [guests, replies, unsentNotices, plan, arrivals] = await Promise.all([
    ctx.store.allGuestSummaries(),
    ctx.store.allReplySummaries(),
    ctx.store.countPendingNotices(),
    ctx.store.getSeating(),
    // Arrivals exist on the evening itself: only then does the dashboard spend a list on them.
    doorDay ? ctx.store.allArrivals() : Promise.resolve(null),
  ]);
  const replyOf = new Map(replies.map((item) => [item.id, item.summary]));
  const rows: GuestRow[] = guests.map(({ id, summary }) => ({
    id,
    name: summary.n,
    organisation: summary.o,
    category: summary.c,
    language: summary.l,
    email: summary.e ?? '',
    reply: replyOf.get(id) ?? null,
    linkVersion: summary.v ?? 1,
    withdrawn: summary.w === 1,
    ...(summary.y ? { country: summary.y } : {}),
    ...(summary.p ? { precedence: summary.p } : {}),
  }));
  rows.sort((a, b) => collator('en').compare(a.name, b.name));

  const result: DashboardView = {
    counts: emptyCounts(),
    byCategory: {},
    byLanguage: {},
    dietary: {},
    allergens: {},
    guests: rows,
    pending: [],
    chase: { total: 0, page: 1, pages: 1 },
    withdrawn: 0,
    unsentNotices,
    seating: seatingAlerts(plan, rows),
    arrived: arrivals ? arrivals.size : null,
  };
  const pending: GuestRow[] = [];
  for (const row of rows) {
    if (row.withdrawn) {
      result.withdrawn++;
      continue;
    }
    count(result.counts, row.reply);
    count((result.byCategory[row.category] ??= emptyCounts()), row.reply);
    count((result.byLanguage[row.language] ??= emptyCounts()), row.reply);
    if (!row.reply) pending.push(row);
    if (row.reply && row.reply.a !== 'no') {
      const needed = neededCounts(row.reply);
      for (const [code, number] of Object.entries(needed.dietary) as [DietaryCode, number][])
        result.dietary[code] = (result.dietary[code] ?? 0) + number;
      for (const [code, number] of Object.entries(needed.allergens) as [AllergenCode, number][])
        result.allergens[code] = (result.allergens[code] ?? 0) + number;
    }
  }
  // The chase list a page at a time (a reminder draft of up to 2,000 characters each), and links
  // (an HMAC each) only for the page shown.
  const shown = pageOf(pending, chasePage, CHASE_PAGE_SIZE);
  result.chase = { total: pending.length, page: shown.page, pages: shown.pages };
  result.pending = await Promise.all(
    shown.rows.map(async (row) => ({
      ...row,
      link: urls.personalLink(
        await createToken(ctx.env.INVITE_SECRET, ctx.event.id, row.id, row.linkVersion),
      ),
    })),
  );
  return result;
}
